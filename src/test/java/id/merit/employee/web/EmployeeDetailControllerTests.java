package id.merit.employee.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditEntry;
import id.merit.employee.AwardRecord;
import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeMother;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.employee.PositionRecord;
import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import id.merit.employee.domain.EmployeeCommandService;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmployeeDetailControllerTests extends EmployeeWebTestSupport {

    private static final String NIP = EmployeeMother.PNS_NIP;

    @BeforeEach
    void setUp() {
        when(employees.get(NIP)).thenReturn(EmployeeMother.pns());
        when(directory.positions(1L)).thenReturn(List.of(
                new PositionRecord("Pranata Komputer Ahli Pertama", PositionKind.FUNGSIONAL, PositionLevel.AHLI_PERTAMA,
                        "DISKOMINFO", LocalDate.of(2019, 1, 2), null),
                new PositionRecord("Pengelola Data", PositionKind.PELAKSANA, null, "DINKES", LocalDate.of(2010, 1, 1),
                        LocalDate.of(2019, 1, 1))));
        when(directory.education(1L)).thenReturn(List.of(
                new EducationRecord(EducationLevel.S1, "Universitas Palangka Raya", "Teknik Informatika", LocalDate.of(2008, 8, 30))));
        when(directory.trainings(1L)).thenReturn(List.of(
                new TrainingRecord(TrainingKind.TEKNIS, "Keamanan Informasi", 20, LocalDate.of(2025, 10, 3)),
                new TrainingRecord(TrainingKind.SEMINAR, "Seminar SPBE", 12, LocalDate.of(2025, 2, 14)),
                new TrainingRecord(TrainingKind.FUNGSIONAL, "Diklat Fungsional Pranata Komputer", 40, LocalDate.of(2024, 5, 20))));
        when(directory.awards(1L)).thenReturn(List.of(
                new AwardRecord("Satyalancana Karya Satya X Tahun", "Presiden RI", LocalDate.of(2020, 8, 17))));
        when(reportingLines.directSuperior(org.mockito.ArgumentMatchers.eq(NIP), org.mockito.ArgumentMatchers.any()))
                .thenReturn(new id.merit.employee.ReportingLines.Answer("DISKOMINFO-PRAKOM",
                        new id.merit.employee.ReportingLines.DirectSuperior("197001011995031001", "Sri Wahyuni", "DISKOMINFO-KABID",
                                "Kepala Bidang Aplikasi", "PLT", 1), null));
    }

    @Test
    void officerSeesHeaderTabsAndTheChangeHistory() throws Exception {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", "Budi Santoso");
        before.put("rank", "III/a");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", "Budi Santoso, S.Kom.");
        after.put("rank", "III/b");
        before.put("positionKind", "PELAKSANA");
        after.put("positionKind", "FUNGSIONAL");
        when(audit.history(EmployeeCommandService.AUDIT_TYPE, NIP, EmployeeDetailController.AUDIT_LIMIT)).thenReturn(List.of(
                new AuditEntry(2, OffsetDateTime.of(2026, 3, 1, 2, 30, 0, 0, ZoneOffset.UTC), "petugas1", AuditAction.UPDATE,
                        "EMPLOYEE", NIP, "Budi Santoso, S.Kom.", before, after),
                new AuditEntry(1, OffsetDateTime.of(2026, 2, 28, 1, 0, 0, 0, ZoneOffset.UTC), "admin", AuditAction.VIEW,
                        "EMPLOYEE", NIP, null, null, null)));

        String html = mvc.perform(get("/employees/" + NIP).with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(view().name("employee/detail"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html)
                .contains("Budi Santoso, S.Kom.", NIP, "href=\"/opds/DISKOMINFO\"", "Dinas Komunikasi dan Informatika")
                .contains("III/b – Penata Muda Tingkat I", "Pranata Komputer Ahli Pertama", "Ahli Pertama")
                .contains("Jarak rumah ke kantor", "4,2 km")
                .contains("Atasan langsung", "href=\"/employees/197001011995031001\"", "Sri Wahyuni", "Kepala Bidang Aplikasi",
                        "Plt", "jabatan atasan kosong, naik 1 tingkat")
                .contains("Data pribadi", "Riwayat Jabatan", "Pendidikan", "Diklat", "Penghargaan", "Riwayat Perubahan")
                .contains("12 Maret 1985", "-2.548926, 112.951287", "Universitas Palangka Raya", "Satyalancana Karya Satya X Tahun")
                .contains("Pengelola Data", "sekarang", "href=\"/opds/DINKES\"")
                .contains("href=\"/employees/" + NIP + "/edit\"")
                .contains("id=\"attendance-panel\"", "hx-get=\"/attendance/employees/");
        // JP per year: 2025 = 20 + 12, 2024 = 40, latest year first
        assertThat(between(html, "id=\"training-hours\"", "</table>")).containsSubsequence("2025", "32", "2024", "40");
        // audit: time in Asia/Jakarta, actor, action and old -> new per changed field
        String audit = between(html, "id=\"audit-table\"", "</table>");
        assertThat(audit).containsSubsequence("01-03-2026 09:30 WIB", "petugas1", "Diubah",
                "Nama lengkap", "<del>Budi Santoso</del>", "<ins>Budi Santoso, S.Kom.</ins>",
                "Golongan", "<del>III/a</del>", "<ins>III/b</ins>",
                "Jenis jabatan", "<del>Pelaksana</del>", "<ins>Fungsional</ins>",
                "28-02-2026 08:00 WIB", "admin", "Dilihat");
    }

    @Test
    void employeeSeesOwnRecordWithoutChangeHistoryOrEditButton() throws Exception {
        String html = mvc.perform(get("/employees/" + NIP).with(as(new CurrentUser("budi", Role.EMPLOYEE, null, NIP))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Budi Santoso, S.Kom.", "Riwayat Jabatan")
                .doesNotContain("Riwayat Perubahan", "pane-audit", "/edit\"", "Daftar Pegawai");
        verify(audit, never()).history(anyString(), anyString(), anyInt());
    }

    @Test
    void regentReadsButDoesNotSeeTheChangeHistory() throws Exception {
        String html = mvc.perform(get("/employees/" + NIP).with(as(Role.REGENT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain("pane-audit", "/edit\"");
        verify(audit, never()).history(anyString(), anyString(), anyInt());
    }

    @Test
    void unknownDistanceAndEmptyHistoriesAreSaidSo() throws Exception {
        when(employees.get(EmployeeMother.PHL_NUMBER)).thenReturn(EmployeeMother.honorary());

        String html = mvc.perform(get("/employees/" + EmployeeMother.PHL_NUMBER).with(as(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Belum diketahui", "Belum ada data.", "Belum ada riwayat.").doesNotContain("training-hours");
    }

    @Test
    void outsideScopeIsForbidden() throws Exception {
        when(employees.get("199001012015031001")).thenThrow(new AccessDeniedProblem("employee outside scope"));

        mvc.perform(get("/employees/199001012015031001").with(as(new CurrentUser("kadis", Role.OPD_HEAD, "DINKES", null))))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownEmployeeIsNotFound() throws Exception {
        when(employees.get("123")).thenThrow(new NotFoundProblem("employee.error.notFound", "123"));

        mvc.perform(get("/employees/123").with(as(Role.OFFICER)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/employees/" + NIP)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/login")));
        verify(employees, never()).get(anyString());
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("marker %s", start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }
}
