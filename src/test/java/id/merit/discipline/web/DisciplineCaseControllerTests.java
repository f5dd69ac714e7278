package id.merit.discipline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.domain.CaseCommands;
import id.merit.discipline.domain.CaseMother;
import id.merit.discipline.domain.CaseSource;
import id.merit.discipline.domain.CaseViews;
import id.merit.discipline.domain.DisciplineRuleSet;
import id.merit.discipline.rules.CaseStage;
import id.merit.discipline.rules.Sanction;
import id.merit.employee.EmployeeType;
import id.merit.employee.EmployeeView;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Case list, the opening form (pre-filled from attendance or an inspection finding) and the case page, per role. */
class DisciplineCaseControllerTests extends DisciplineWebTestSupport {

    static final EmployeeView BUDI = new EmployeeView(1L, CaseMother.NIP, CaseMother.NAME, Gender.M, LocalDate.of(1985, 3, 12),
            EmployeeType.PNS, 10L, "DISKOMINFO", "Dinas Komunikasi dan Informatika", "III/b", "Pengadministrasi Umum",
            PositionKind.PELAKSANA, null, null, null, null, null, null, null, 2);

    @BeforeEach
    void setUp() {
        when(cases.search(any(), any(), any(), anyInt(), anyInt())).thenReturn(new PagedResult<>(List.of(new CaseViews.Summary(7L,
                "KD-2025-00007", CaseMother.NIP, CaseMother.NAME, "Dinas Komunikasi dan Informatika", CaseSource.ATTENDANCE,
                CaseStage.RUNNING, LocalDate.of(2025, 2, 24), PunishmentKind.TUKIN_CUT, 9)), 0, 25, 1));
        when(cases.accused(CaseMother.NIP)).thenReturn(BUDI);
        when(rules.on(any())).thenReturn(DisciplineRuleSet.DEFAULT);
    }

    @Test
    void theNavigationLinkOpensTheCaseList() throws Exception {
        mvc.perform(get("/discipline").with(as(Role.REGENT))).andExpect(redirectedUrl("/discipline/cases"));
    }

    @Test
    void officerSeesTheListWithStageAndPunishmentAndMayOpenACase() throws Exception {
        String html = mvc.perform(get("/discipline/cases").param("q", "budi").param("year", "2025").with(as(Role.OFFICER)))
                .andExpect(status().isOk()).andExpect(view().name("discipline/cases"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("KD-2025-00007", CaseMother.NAME, "Sedang dijalani", "Pemotongan tunjangan kinerja 25% selama 9 bulan",
                "Rekomendasi kehadiran", "href=\"/discipline/cases/new\"");
        verify(cases).search("budi", null, 2025, 0, 25);
    }

    @Test
    void anEmployeeSeesTheListTheServiceScopesButCannotOpenACase() throws Exception {
        String html = mvc.perform(get("/discipline/cases").with(as(Role.EMPLOYEE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("href=\"/discipline/cases/new\"");
        mvc.perform(get("/discipline/cases/new").with(as(Role.EMPLOYEE))).andExpect(status().isForbidden());
    }

    @Test
    void theAttendanceLinkPrefillsTheOpeningForm() throws Exception {
        when(cases.proposal(eq("SEDANG_9_BULAN"), any())).thenReturn(Optional.of(Sanction.of(PunishmentKind.PENUNDAAN_PANGKAT, null)));

        String html = mvc.perform(get("/discipline/cases/new").with(as(Role.OFFICER)).param("nip", CaseMother.NIP)
                        .param("source", "ATTENDANCE").param("year", "2025").param("band", "SEDANG_9_BULAN")
                        .param("basis", "PP 94/2021 Pasal 10 ayat (2) huruf f angka 2"))
                .andExpect(status().isOk()).andExpect(view().name("discipline/case-new"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("value=\"" + CaseMother.NIP + "\"", "value=\"ATTENDANCE\"", "value=\"SEDANG_9_BULAN\"", "value=\"2025\"",
                        "PP 94/2021 Pasal 10 ayat (2) huruf f angka 2", CaseMother.NAME, "Pengadministrasi Umum",
                        "Tidak masuk kerja dan tidak menaati ketentuan jam kerja tanpa alasan yang sah secara kumulatif pada tahun 2025",
                        "Usulan hukuman: Penundaan kenaikan pangkat selama 1 tahun")
                .containsPattern("<option value=\"SEDANG\" selected=\"selected\"");
    }

    // issue 9 item 4: a second case for the same year's attendance is warned of first, and needs a ticked confirmation
    @Test
    void aSecondCaseForTheSameYearsAttendanceIsWarnedOfFirst() throws Exception {
        when(cases.sameAttendanceFacts(CaseMother.NIP, 2025)).thenReturn(Optional.of(new CaseViews.CaseLink(42L, "KD-2025-00042",
                LocalDate.of(2025, 4, 2), CaseSource.ATTENDANCE, CaseStage.SUMMONED, null, null, null, null)));

        String html = mvc.perform(get("/discipline/cases/new").with(as(Role.OFFICER)).param("nip", CaseMother.NIP)
                        .param("source", "ATTENDANCE").param("year", "2025").param("band", "TEGURAN_TERTULIS"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"duplicate-case\"", "Pegawai ini sudah memiliki kasus dari data kehadiran tahun 2025",
                        "href=\"/discipline/cases/42\"", "KD-2025-00042", "Dipanggil", "dibuka 2 April 2025", "name=\"confirmDuplicate\"")
                .containsPattern("<input[^>]*type=\"checkbox\"[^>]*required[^>]*name=\"confirmDuplicate\"");

        // the server refuses it too: the form comes back with the reason, nothing is opened
        when(workflow.open(any())).thenThrow(new BusinessProblem("confirmDuplicate", "discipline.case.error.duplicate", "KD-2025-00042", "2025"));
        String again = mvc.perform(post("/discipline/cases/new").with(as(Role.OFFICER)).with(csrf())
                        .param("nip", CaseMother.NIP).param("source", "ATTENDANCE").param("attendanceYear", "2025")
                        .param("attendanceBand", "TEGURAN_TERTULIS").param("allegation", "Tidak masuk kerja")
                        .param("violations", "Tidak masuk kerja"))
                .andExpect(status().isOk()).andExpect(view().name("discipline/case-new"))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Sudah ada kasus KD-2025-00042 dari data kehadiran tahun 2025 untuk pegawai ini", "href=\"/discipline/cases/42\"");
        ArgumentCaptor<CaseCommands.Open> cmd = ArgumentCaptor.forClass(CaseCommands.Open.class);
        verify(workflow).open(cmd.capture());
        assertThat(cmd.getValue().confirmDuplicate()).isFalse();
    }

    @Test
    void theTickedConfirmationReachesTheWorkflow() throws Exception {
        when(workflow.open(any())).thenReturn(43L);
        mvc.perform(post("/discipline/cases/new").with(as(Role.OFFICER)).with(csrf())
                        .param("nip", CaseMother.NIP).param("source", "ATTENDANCE").param("attendanceYear", "2025")
                        .param("attendanceBand", "TEGURAN_TERTULIS").param("allegation", "Tidak masuk kerja")
                        .param("violations", "Tidak masuk kerja").param("confirmDuplicate", "true"))
                .andExpect(redirectedUrl("/discipline/cases/43"));
        ArgumentCaptor<CaseCommands.Open> cmd = ArgumentCaptor.forClass(CaseCommands.Open.class);
        verify(workflow).open(cmd.capture());
        assertThat(cmd.getValue().confirmDuplicate()).isTrue();
    }

    @Test
    void aFindingPrefillsTheOpeningForm() throws Exception {
        when(inspections.finding(42L)).thenReturn(new id.merit.discipline.domain.InspectionViews.FindingContext(
                new id.merit.discipline.domain.InspectionViews.FindingView(42L, 5L, CaseMother.NIP, CaseMother.NAME,
                        id.merit.discipline.domain.FindingKind.NOT_AT_POST, "di kantin pukul 10.00", null),
                "Dinas Komunikasi dan Informatika", LocalDate.of(2025, 5, 6)));

        String html = mvc.perform(get("/discipline/cases/new").param("finding", "42").with(as(Role.OPD_HEAD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("value=\"INSPECTION\"", "value=\"42\"",
                "Tidak berada di tempat tugas pada inspeksi mendadak tanggal 2025-05-06 di Dinas Komunikasi dan Informatika. di kantin pukul 10.00");
    }

    @Test
    void theRegentMayNotOpenCases() throws Exception {
        mvc.perform(get("/discipline/cases/new").with(as(Role.REGENT))).andExpect(status().isForbidden());
        mvc.perform(post("/discipline/cases/new").with(as(Role.REGENT)).with(csrf()).param("nip", CaseMother.NIP))
                .andExpect(status().isForbidden());
        verify(workflow, never()).open(any());
    }

    @Test
    void openingACaseRedirectsToIt() throws Exception {
        when(workflow.open(any())).thenReturn(7L);

        mvc.perform(post("/discipline/cases/new").with(as(Role.OPD_HEAD)).with(csrf())
                        .param("nip", CaseMother.NIP).param("source", "MANUAL").param("allegation", "Meninggalkan kantor")
                        .param("violations", "Meninggalkan kantor tanpa izin\r\nTidak apel pagi").param("expectedLevel", "RINGAN")
                        .param("openedOn", "2025-02-24"))
                .andExpect(redirectedUrl("/discipline/cases/7"));

        ArgumentCaptor<CaseCommands.Open> cmd = ArgumentCaptor.forClass(CaseCommands.Open.class);
        verify(workflow).open(cmd.capture());
        assertThat(cmd.getValue().violations()).containsExactly("Meninggalkan kantor tanpa izin", "Tidak apel pagi");
        assertThat(cmd.getValue().expectedLevel()).isEqualTo(PunishmentLevel.RINGAN);
        assertThat(cmd.getValue().openedOn()).isEqualTo(LocalDate.of(2025, 2, 24));
    }

    @Test
    void anIncompleteOpeningFormIsShownAgainWithItsErrors() throws Exception {
        String html = mvc.perform(post("/discipline/cases/new").with(as(Role.OFFICER)).with(csrf())
                        .param("nip", CaseMother.NIP).param("source", "MANUAL").param("allegation", " ").param("violations", "<b>x</b>"))
                .andExpect(status().isOk()).andExpect(view().name("discipline/case-new"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Wajib diisi.", "Tidak boleh memuat karakter &lt; atau &gt;.");
        verify(workflow, never()).open(any());
    }

    @Test
    void officerSeesTheNextStepTheAuthorityTableAndTheHistory() throws Exception {
        when(cases.get(7L)).thenReturn(CaseMother.examined());

        String html = mvc.perform(get("/discipline/cases/7").with(as(Role.OFFICER))).andExpect(status().isOk())
                .andExpect(view().name("discipline/case")).andReturn().getResponse().getContentAsString();

        assertThat(html).contains(CaseMother.NAME, "KD-2025-00007", "Diperiksa", "action=\"/discipline/cases/7/decision\"",
                "id=\"authority-table\"", "Pejabat Pengawas", "PP 94/2021 Pasal 23 ayat (1)", "Penundaan kenaikan gaji berkala 1 tahun (PP 53/2010)",
                "Masa peralihan", "Rekap kehadiran tahun 2025, rekomendasi Teguran tertulis.", "action=\"/discipline/cases/7/cancel\"", "href=\"/discipline/cases/7/letters/summons.pdf\"");
        // the transitional regime (the default) offers the PP 53/2010 sedang kinds, not the allowance cut
        assertThat(html).doesNotContain("value=\"TUKIN_CUT\"");
        verify(audit).history("DISCIPLINE_CASE", "KD-2025-00007", CasePage.HISTORY);
    }

    @Test
    void eachStageShowsItsOwnNextStep() throws Exception {
        when(cases.get(7L)).thenReturn(CaseMother.opened());
        assertThat(mvc.perform(get("/discipline/cases/7").with(as(Role.ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("action=\"/discipline/cases/7/summons\"", "value=\"800/KD-2025-00007/SP/")
                .doesNotContain("action=\"/discipline/cases/7/examination\"");

        when(cases.get(7L)).thenReturn(CaseMother.withWarnings(CaseMother.summoned(), List.of(new CaseViews.Warning(
                "discipline.warning.examLate", LocalDate.of(2025, 3, 13), LocalDate.of(2025, 3, 12)))));
        assertThat(mvc.perform(get("/discipline/cases/7").with(as(Role.OFFICER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("action=\"/discipline/cases/7/examination\"", "Tim pemeriksa", "value=\"Siti Aminah, S.Kom.\"",
                        "Pemeriksaan tanggal 13 Maret 2025 melewati batas 7 hari kerja setelah surat panggilan (paling lambat 12 Maret 2025).")
                .doesNotContain("action=\"/discipline/cases/7/summons\"");

        when(cases.get(7L)).thenReturn(CaseMother.decided());
        assertThat(mvc.perform(get("/discipline/cases/7").with(as(Role.OFFICER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("action=\"/discipline/cases/7/delivery\"", "Disampaikan paling lambat 26 Maret 2025")
                .doesNotContain("action=\"/discipline/cases/7/cancel\"");

        when(cases.get(7L)).thenReturn(CaseMother.delivered());
        assertThat(mvc.perform(get("/discipline/cases/7").with(as(Role.OFFICER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Selesai", "Diterima 20 Maret 2025; berlaku 3 April 2025", "action=\"/discipline/cases/7/close\"");
    }

    @Test
    void theRegentAndTheEmployeeReadWithoutActions() throws Exception {
        when(cases.get(7L)).thenReturn(CaseMother.decided());
        for (Role role : List.of(Role.REGENT, Role.EMPLOYEE, Role.OPD_HEAD)) {
            String html = mvc.perform(get("/discipline/cases/7").with(as(role))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).as(role.name()).contains("Teguran tertulis", "800/KD-2025-00007/HD/2025",
                            "href=\"/discipline/cases/7/letters/decision.pdf\"", "href=\"/discipline/cases/7/letters/reprimand.pdf\"")
                    .doesNotContain("/discipline/cases/7/delivery", "Riwayat perubahan");
        }
    }

    @Test
    void outsideTheScopeIsForbiddenAndUnknownIsNotFound() throws Exception {
        when(cases.get(8L)).thenThrow(new AccessDeniedProblem("case outside scope"));
        when(cases.get(9L)).thenThrow(new NotFoundProblem("discipline.case.error.notFound", 9L));
        mvc.perform(get("/discipline/cases/8").with(as(Role.OPD_HEAD))).andExpect(status().isForbidden());
        mvc.perform(get("/discipline/cases/9").with(as(Role.OFFICER))).andExpect(status().isNotFound());
    }

    @Test
    void anAssessorHasNoDisciplineCases() throws Exception {
        when(cases.search(any(), any(), any(), anyInt(), anyInt())).thenReturn(new PagedResult<>(List.of(), 0, 25, 0));
        String html = mvc.perform(get("/discipline/cases").with(as(Role.ASSESSOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Belum ada kasus disiplin.");
        verify(cases, never()).accused(anyString());
    }

    // issue 11: the summons comes from the direct superior derived from the post catalogue (PP 94/2021 Pasal 25)
    @Test
    void theSummonsFormNamesTheDirectSuperiorFromThePosts() throws Exception {
        when(cases.get(7L)).thenReturn(CaseMother.opened());
        when(reportingLines.directSuperior(eq(CaseMother.NIP), any())).thenReturn(new id.merit.employee.ReportingLines.Answer("P-STAF",
                new id.merit.employee.ReportingLines.DirectSuperior("197001011995031001", "Siti Atasan", "P-KASUBAG",
                        "Kepala Sub Bagian Umum", "DEFINITIVE", 0), null));

        String html = mvc.perform(get("/discipline/cases/7").with(as(Role.OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("value=\"Siti Atasan\"", "value=\"197001011995031001\"", "value=\"Kepala Sub Bagian Umum\"");
    }
}
