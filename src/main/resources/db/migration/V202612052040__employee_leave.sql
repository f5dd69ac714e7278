-- Leavers (issue 15 item 3): the end of employment of an employee — pensiun, meninggal, berhenti atas permintaan
-- sendiri, diberhentikan dengan/tidak dengan hormat, pindah ke luar instansi — with its date and decree number.
-- A row with left_on set is no longer active staff (the one "active" predicate: left_on IS NULL).
ALTER TABLE employee.employee
    ADD COLUMN left_on      DATE,
    ADD COLUMN leave_reason VARCHAR(40) CHECK (leave_reason IN ('PENSIUN','MENINGGAL','ATAS_PERMINTAAN_SENDIRI',
        'DIBERHENTIKAN_DENGAN_HORMAT','DIBERHENTIKAN_TIDAK_DENGAN_HORMAT','PINDAH_KE_LUAR_INSTANSI')),
    ADD COLUMN leave_decree VARCHAR(100),
    ADD CONSTRAINT employee_leave_fields CHECK ((left_on IS NULL) = (leave_reason IS NULL)
        AND (left_on IS NULL) = (leave_decree IS NULL));
