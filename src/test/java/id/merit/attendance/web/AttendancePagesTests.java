package id.merit.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.merit.attendance.AbsenceKind;
import id.merit.attendance.AttendanceDay;
import id.merit.attendance.AttendanceQueries;
import id.merit.attendance.DayStatus;
import id.merit.attendance.YearlyAttendance;
import id.merit.attendance.domain.calendar.CalendarService;
import id.merit.attendance.domain.excuses.Excuse;
import id.merit.attendance.domain.excuses.ExcuseService;
import id.merit.attendance.domain.totals.AttendanceService;
import id.merit.attendance.rules.AttendanceTotals;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The attendance pages per role: who gets in, what they see, that writes need CSRF and reach the services. */
@WebMvcTest({AttendancePageController.class, CalendarController.class, ExcuseController.class})
@Import(id.merit.system.security.SecurityConfig.class)
class AttendancePagesTests {

    static final String NIP = "198503122010011771";
    static final OpdView OPD = new OpdView(7, "DINKES", "Dinas Kesehatan", OpdKind.DINAS, null, null, null, null, null, 0);
    static final YearlyAttendance TOTALS = new YearlyAttendance(NIP, 2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 245, 230,
            10, 5, 0, 2, 95, 30, 0, 1, "DEFAULT", 11, "Andi Hadir", EmployeeType.PNS, 7, PositionKind.ADMINISTRATOR);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AttendanceService attendance;
    @MockitoBean
    CalendarService calendar;
    @MockitoBean
    ExcuseService excuses;
    @MockitoBean
    EmployeeQueries employees;
    @MockitoBean
    OpdQueries opds;
    @MockitoBean
    id.merit.audit.AuditLog audit;
    @MockitoBean
    id.merit.attendance.domain.totals.SchedulePreviewService schedulePreviews;

    static RequestPostProcessor as(Role role, String opdCode, String nip) {
        return user(new MeritUserDetails(new CurrentUser(role.name().toLowerCase(), role, opdCode, nip), "x", true, false, "Pak " + role));
    }

    static RequestPostProcessor as(Role role) {
        return as(role, role == Role.OPD_HEAD ? "DINKES" : null, role == Role.EMPLOYEE ? NIP : null);
    }

    @BeforeEach
    void data() {
        when(attendance.today()).thenReturn(LocalDate.of(2026, 3, 10));
        when(attendance.visibleOpds()).thenReturn(List.of(OPD));
        when(attendance.monthlyRecap(eq("DINKES"), any())).thenReturn(List.of(new AttendanceService.RecapRow(NIP, "Andi Hadir",
                EmployeeType.NON_ASN_PHL, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10),
                new AttendanceTotals(8, 5, 1, 1, 1, 1, 20, 5, 0, 0))));
        List<AttendanceDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() == 2025; d = d.plusDays(1)) {
            DayStatus s = d.getDayOfMonth() == 6 ? DayStatus.UNEXCUSED : d.getDayOfMonth() == 7 ? DayStatus.LATE : DayStatus.PRESENT;
            days.add(new AttendanceDay(d, s, true, LocalTime.of(7, 20), LocalTime.of(16, 5), s == DayStatus.LATE ? 12 : 0, 0));
        }
        when(attendance.year(eq(NIP), eq(2025), any())).thenReturn(new AttendanceQueries.AttendanceYear(TOTALS, days));
        when(excuses.list(anyInt(), any())).thenReturn(List.of(new ExcuseService.ExcuseView(5, NIP, "Andi Hadir", AbsenceKind.SAKIT,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), "demam", Excuse.Status.PENDING, "kepala", OffsetDateTime.now(), null,
                null, null, "surat.pdf", 0)));
        when(employees.search(any(), any(), anyInt(), anyInt())).thenReturn(new PagedResult<>(List.of(), 0, 500, 0));
        when(opds.tree()).thenReturn(List.of(OPD));
    }

    // ---------------------------------------------------------------- monthly recap

    @Test
    void officerSeesTheRecapOfTheFirstUnitWithExport() throws Exception {
        mvc.perform(get("/attendance").with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rekap kehadiran bulanan")))
                .andExpect(content().string(containsString("Andi Hadir")))
                .andExpect(content().string(containsString("Non-ASN PHL")))
                .andExpect(content().string(containsString("href=\"/attendance/recap.xlsx?opd=DINKES&amp;month=2026-03\"")))
                .andExpect(content().string(not(containsString("<script>"))));
        verify(attendance).monthlyRecap("DINKES", YearMonth.of(2026, 3));
    }

    // the load test's finding: a large OPD (thousands of rows) broke the page when the template selected over its rows
    @Test
    void aLargeRecapWithoutDataSaysSo() throws Exception {
        List<AttendanceService.RecapRow> rows = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            rows.add(new AttendanceService.RecapRow(NIP, "Andi " + i, EmployeeType.PNS, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10),
                    new AttendanceTotals(8, 0, 0, 0, 8, 0, 0, 0, 0, 0)));
        }
        when(attendance.monthlyRecap(eq("DINKES"), any())).thenReturn(rows);
        mvc.perform(get("/attendance").with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tidak ada data kehadiran untuk periode ini")));
    }

    @Test
    void recapIsInEnglishOnRequest() throws Exception {
        mvc.perform(get("/attendance").param("lang", "en").with(as(Role.REGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Monthly attendance recap")))
                .andExpect(content().string(containsString("Left early (minutes)")));
    }

    @Test
    void employeesAndAssessorsGetNoRecap() throws Exception {
        mvc.perform(get("/attendance").with(as(Role.EMPLOYEE))).andExpect(status().isForbidden());
        mvc.perform(get("/attendance").with(as(Role.ASSESSOR))).andExpect(status().isForbidden());
        mvc.perform(get("/attendance/recap.xlsx").param("opd", "DINKES").param("month", "2026-03").with(as(Role.EMPLOYEE)))
                .andExpect(status().isForbidden());
        verify(attendance, never()).monthlyRecap(any(), any());
    }

    @Test
    void recapExportIsAWorkbookWithTheSameFigures() throws Exception {
        byte[] xlsx = mvc.perform(get("/attendance/recap.xlsx").param("opd", "DINKES").param("month", "2026-03").with(as(Role.OPD_HEAD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("rekap-kehadiran-DINKES-2026-03.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Tanpa keterangan");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(NIP);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(8);
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Tanpa data");
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(20);
        }
    }

    // issue 7 §3: a bulk read of personal data is an access like viewing one record (UU 27/2022)
    @Test
    void recapExportIsAudited() throws Exception {
        mvc.perform(get("/attendance/recap.xlsx").param("opd", "DINKES").param("month", "2026-03").with(as(Role.OPD_HEAD)))
                .andExpect(status().isOk());
        verify(audit).event(eq(id.merit.audit.AuditAction.VIEW), eq("ATTENDANCE_EXPORT"), eq("recap DINKES 2026-03"),
                org.mockito.ArgumentMatchers.contains("1 rows"));
    }

    // ---------------------------------------------------------------- employee year and heat map

    @Test
    void employeeSeesTheirOwnYearWithHeatMapAndBasis() throws Exception {
        mvc.perform(get("/attendance/employees/" + NIP + "/2025").with(as(Role.EMPLOYEE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"att-heatmap\"")))
                .andExpect(content().string(containsString("hm hm-unexcused")))
                .andExpect(content().string(containsString("hm hm-late")))
                .andExpect(content().string(containsString("07-01-2025 · Terlambat / pulang cepat · masuk 07:20, pulang 16:05 · terlambat 12 menit")))
                // the recommendation (band, basis, case link) is discipline's: the page loads it from there with htmx, and
                // the same address works as a link (assertions moved to DisciplineRecommendationPagesTests)
                .andExpect(content().string(containsString("hx-get=\"/discipline/recommendations/" + NIP + "/2025?until=2025-12-31\"")))
                .andExpect(content().string(containsString("href=\"/discipline/recommendations/" + NIP + "/2025?until=2025-12-31\"")))
                .andExpect(content().string(not(containsString("Catat izin"))))
                .andExpect(content().string(not(containsString("/discipline/cases/new"))));
    }

    @Test
    void aYearWithoutAttendanceDataRecommendsNothingAndShowsGreyDays() throws Exception {
        YearlyAttendance none = new YearlyAttendance(NIP, 2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 245, 0, 0, 0, 245, 0,
                0, 0, 0, 0, "DEFAULT",
                11, "Andi Hadir", EmployeeType.PNS, 7, PositionKind.ADMINISTRATOR);
        List<AttendanceDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek().getValue() > 5;
            days.add(new AttendanceDay(d, weekend ? DayStatus.NON_WORKING : DayStatus.NO_DATA, true, null, null, 0, 0));
        }
        when(attendance.year(eq(NIP), eq(2024), any())).thenReturn(new AttendanceQueries.AttendanceYear(none, days));
        mvc.perform(get("/attendance/employees/" + NIP + "/2024").with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tidak ada data kehadiran untuk periode ini")))
                .andExpect(content().string(containsString("hm hm-nodata")))
                .andExpect(content().string(not(containsString("hm hm-unexcused\" title"))))
                .andExpect(content().string(containsString("02-01-2024 · Tidak ada data kehadiran")))
                .andExpect(content().string(not(containsString("Tidak ada sanksi"))))
                .andExpect(content().string(not(containsString("/discipline/cases/new"))));
        mvc.perform(get("/attendance/employees/" + NIP + "/2024").param("lang", "en").with(as(Role.OFFICER)))
                .andExpect(content().string(containsString("No attendance data for this period")));
    }

    @Test
    void scopeRefusalFromTheServiceIsA403() throws Exception {
        when(attendance.year(eq("OTHER"), eq(2025), any())).thenThrow(new AccessDeniedProblem("employee outside scope"));
        mvc.perform(get("/attendance/employees/OTHER/2025").with(as(Role.OPD_HEAD))).andExpect(status().isForbidden());
    }

    // ---------------------------------------------------------------- calendar

    @Test
    void officerEditsHolidaysWithConfirmation() throws Exception {
        when(calendar.holidays(2026)).thenReturn(List.of(holiday()));
        mvc.perform(get("/attendance/holidays").with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hari Raya Idul Fitri")))
                .andExpect(content().string(containsString("data-confirm=\"Hapus hari libur ini?")));
        mvc.perform(post("/attendance/holidays").param("date", "2026-03-20").param("name", "Hari Raya Idul Fitri").param("kind", "NATIONAL")
                        .with(as(Role.OFFICER)).with(csrf()))
                .andExpect(redirectedUrl("/attendance/holidays?year=2026"));
        verify(calendar).addHoliday(LocalDate.of(2026, 3, 20), "Hari Raya Idul Fitri", id.merit.attendance.domain.calendar.Holiday.Kind.NATIONAL);
        mvc.perform(post("/attendance/holidays/2026-03-20/delete").with(as(Role.OFFICER)).with(csrf()))
                .andExpect(redirectedUrl("/attendance/holidays?year=2026"));
        verify(calendar).deleteHoliday(LocalDate.of(2026, 3, 20));
    }

    @Test
    void holidayFormErrorsAreShownNotStored() throws Exception {
        mvc.perform(post("/attendance/holidays").param("name", "").with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi.")));
        verify(calendar, never()).addHoliday(any(), any(), any());
    }

    @Test
    void onlyBkpsdmEditsTheCalendarAndOnlyAdminsTheRules() throws Exception {
        mvc.perform(get("/attendance/holidays").with(as(Role.OPD_HEAD))).andExpect(status().isForbidden());
        mvc.perform(get("/attendance/schedules").with(as(Role.REGENT))).andExpect(status().isForbidden());
        mvc.perform(get("/attendance/schedules").with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Preset Ramadan untuk semua OPD")))
                .andExpect(content().string(not(containsString("action=\"/attendance/rules\""))));
        mvc.perform(get("/attendance/schedules").with(as(Role.ADMIN)))
                .andExpect(content().string(containsString("action=\"/attendance/rules\"")));
        mvc.perform(post("/attendance/rules").param("name", "2027").param("effectiveFrom", "2027-01-01").param("regulation", "PP 94/2021")
                        .param("minutesPerDay", "450").with(as(Role.OFFICER)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/attendance/schedules/ramadan").param("from", "2026-02-18").param("to", "2026-03-19").param("name", "Ramadan 1447")
                        .with(as(Role.OFFICER)).with(csrf()))
                .andExpect(redirectedUrl("/attendance/schedules"));
        verify(calendar).addRamadanPreset("Ramadan 1447", LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 19));
    }

    // ---------------------------------------------------------------- excuses

    @Test
    void opdHeadRecordsAnExcuseWithEvidenceButCannotDecide() throws Exception {
        mvc.perform(get("/attendance/excuses").with(as(Role.OPD_HEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hanya izin yang sudah diverifikasi BKPSDM")))
                .andExpect(content().string(containsString("Menunggu verifikasi")))
                .andExpect(content().string(not(containsString("/attendance/excuses/5/decision"))));
        MockMultipartFile pdf = new MockMultipartFile("evidence", "surat.pdf", "application/pdf", "%PDF-1.4 x".getBytes());
        mvc.perform(multipart("/attendance/excuses").file(pdf).param("nip", NIP).param("kind", "SAKIT").param("startDate", "2026-03-02")
                        .param("endDate", "2026-03-03").param("note", "demam").with(as(Role.OPD_HEAD)).with(csrf()))
                .andExpect(redirectedUrl("/attendance/excuses?year=2026"));
        verify(excuses).record(any());
        mvc.perform(post("/attendance/excuses/5/decision").param("verify", "true").param("version", "0").with(as(Role.OPD_HEAD)).with(csrf()))
                .andExpect(status().isForbidden());
        verify(excuses, never()).decide(anyLong(), anyBoolean(), any(), anyInt());
    }

    @Test
    void excuseWithReversedDatesIsRefusedOnTheForm() throws Exception {
        mvc.perform(multipart("/attendance/excuses").param("nip", NIP).param("kind", "IZIN").param("startDate", "2026-03-05")
                        .param("endDate", "2026-03-02").with(as(Role.OPD_HEAD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal akhir sebelum tanggal mulai.")));
        verify(excuses, never()).record(any());
    }

    @Test
    void bkpsdmVerifiesAndTheRegentOnlyReads() throws Exception {
        mvc.perform(get("/attendance/excuses").with(as(Role.ADMIN)))
                .andExpect(content().string(containsString("action=\"/attendance/excuses/5/decision\"")));
        mvc.perform(post("/attendance/excuses/5/decision").param("verify", "true").param("version", "0").param("year", "2026")
                        .with(as(Role.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/attendance/excuses?year=2026"));
        verify(excuses).decide(5, true, null, 0);
        mvc.perform(get("/attendance/excuses").with(as(Role.REGENT))).andExpect(status().isOk());
        mvc.perform(get("/attendance/excuses/new").with(as(Role.REGENT))).andExpect(status().isForbidden());
        mvc.perform(get("/attendance/excuses").with(as(Role.EMPLOYEE))).andExpect(status().isForbidden());
    }

    private static id.merit.attendance.domain.calendar.Holiday holiday() {
        id.merit.attendance.domain.calendar.Holiday h = new id.merit.attendance.domain.calendar.Holiday();
        h.setDate(LocalDate.of(2026, 3, 20));
        h.setName("Hari Raya Idul Fitri 1447 H");
        h.setKind(id.merit.attendance.domain.calendar.Holiday.Kind.NATIONAL);
        return h;
    }
}
