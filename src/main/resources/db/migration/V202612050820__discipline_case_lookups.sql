-- Issue 9 item 4: the recommendations page shows each row's case for the year (one query per page of rows), the opening
-- form warns of a second case for the same year's attendance, and the employee page lists the person's cases.
CREATE INDEX case_file_attendance_ix ON discipline.case_file (attendance_year, nip) WHERE source = 'ATTENDANCE';
CREATE INDEX case_file_nip_ix ON discipline.case_file (nip, opened_on);
