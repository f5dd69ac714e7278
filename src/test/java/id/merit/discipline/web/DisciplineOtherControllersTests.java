package id.merit.discipline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.merit.discipline.CircularView;
import id.merit.discipline.domain.CircularViews;
import id.merit.discipline.domain.DisciplineRuleSet;
import id.merit.discipline.domain.FindingKind;
import id.merit.discipline.domain.InspectionViews;
import id.merit.discipline.domain.LetterKind;
import id.merit.discipline.domain.StatsService;
import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.discipline.SedangRegime;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.OpdView;
import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Letters, field inspections, circulars, yearly figures and settings, per role. */
class DisciplineOtherControllersTests extends DisciplineWebTestSupport {

    static final OpdView DISKOMINFO = new OpdView(10L, "DISKOMINFO", "Dinas Komunikasi dan Informatika", OpdKind.DINAS, null, null,
            null, null, null, 0);

    // ---------------------------------------------------------------- letters

    @Test
    void aLetterIsServedAsPdf() throws Exception {
        when(letters.pdf(7L, LetterKind.DECISION)).thenReturn("%PDF-1.4 test".getBytes());

        mvc.perform(get("/discipline/cases/7/letters/decision.pdf").with(as(Role.EMPLOYEE)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"decision-7.pdf\""))
                .andExpect(content().bytes("%PDF-1.4 test".getBytes()));
    }

    @Test
    void anUnknownOrUnavailableLetterIsNotFound() throws Exception {
        when(letters.pdf(7L, LetterKind.REPRIMAND)).thenThrow(new NotFoundProblem("discipline.letter.error.notAvailable"));
        mvc.perform(get("/discipline/cases/7/letters/memo.pdf").with(as(Role.OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/discipline/cases/7/letters/reprimand.pdf").with(as(Role.OFFICER))).andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- inspections

    @Test
    void inspectionsAreListedAndFindingsOpenCases() throws Exception {
        when(inspections.search(any(), anyInt(), anyInt())).thenReturn(new PagedResult<>(List.of(new InspectionViews.Summary(5L, "DISKOMINFO",
                "Dinas Komunikasi dan Informatika", LocalDate.of(2025, 5, 6), "Tim BKPSDM", 2, 1)), 0, 25, 1));
        when(inspections.get(5L)).thenReturn(new InspectionViews.Detail(5L, 10L, "DISKOMINFO", "Dinas Komunikasi dan Informatika",
                LocalDate.of(2025, 5, 6), "Andi, Rina", null, "petugas", 2, List.of(
                new InspectionViews.FindingView(42L, 5L, "198503122010011002", "Budi Santoso", FindingKind.ABSENT, null, null),
                new InspectionViews.FindingView(43L, 5L, "199001012015012001", "Ani", FindingKind.OTHER, "tidur", 9L))));
        when(employees.search(any(), anyString(), anyInt(), anyInt())).thenReturn(new PagedResult<>(List.of(), 0, 500, 0));

        assertThat(mvc.perform(get("/discipline/inspections").with(as(Role.REGENT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("06-05-2025", "Tim BKPSDM").doesNotContain("/discipline/inspections/new");

        String officer = mvc.perform(get("/discipline/inspections/5").with(as(Role.OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(officer).contains("Budi Santoso", "Tidak hadir", "href=\"/discipline/cases/new?finding=42\"", "href=\"/discipline/cases/9\"",
                "action=\"/discipline/inspections/5/findings\"", "Lainnya", "tidur");

        String regent = mvc.perform(get("/discipline/inspections/5").with(as(Role.REGENT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(regent).contains("Budi Santoso").doesNotContain("/discipline/cases/new?finding=42", "/discipline/inspections/5/findings\"");
    }

    @Test
    void theInspectionAndCircularFormsOfferTheOpdTree() throws Exception {
        when(opds.tree()).thenReturn(List.of(DISKOMINFO));
        assertThat(mvc.perform(get("/discipline/inspections/new").param("opd", "DISKOMINFO").with(as(Role.OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("<option value=\"DISKOMINFO\" selected=\"selected\">Dinas Komunikasi dan Informatika</option>",
                        "action=\"/discipline/inspections/new\"");
        assertThat(mvc.perform(get("/discipline/circulars/new").with(as(Role.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("name=\"opdCodes\"", "<option value=\"DISKOMINFO\">Dinas Komunikasi dan Informatika</option>", "checked=\"checked\"");
    }

    @Test
    void onlyBkpsdmRecordsInspectionsAndEmployeesSeeNone() throws Exception {
        mvc.perform(get("/discipline/inspections/new").with(as(Role.OPD_HEAD))).andExpect(status().isForbidden());
        mvc.perform(post("/discipline/inspections/5/findings").with(as(Role.REGENT)).with(csrf()).param("nip", "x").param("kind", "ABSENT"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/discipline/inspections").with(as(Role.EMPLOYEE))).andExpect(status().isForbidden());
    }

    @Test
    void aFindingOutsideTheInspectedOpdIsRefusedOnTheForm() throws Exception {
        when(inspections.get(5L)).thenReturn(new InspectionViews.Detail(5L, 10L, "DISKOMINFO", "Dinas Komunikasi dan Informatika",
                LocalDate.of(2025, 5, 6), "Andi", null, "petugas", 2, List.of()));
        when(employees.search(any(), anyString(), anyInt(), anyInt())).thenReturn(new PagedResult<>(List.of(), 0, 500, 0));
        org.mockito.Mockito.doThrow(new BusinessProblem("nip", "discipline.inspection.error.notInOpd", "Ani"))
                .when(inspections).addFinding(eq(5L), eq(2), eq("199001012015012001"), eq(FindingKind.ABSENT), any());

        String html = mvc.perform(post("/discipline/inspections/5/findings").with(as(Role.OFFICER)).with(csrf()).param("version", "2")
                .param("nip", "199001012015012001").param("kind", "ABSENT")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Ani bukan pegawai OPD yang disidak.");
    }

    // ---------------------------------------------------------------- circulars

    @Test
    void staffSeePendingCircularsAndAcknowledge() throws Exception {
        when(circulars.pendingFor(any())).thenReturn(List.of(new CircularView(3L, "800/12/BKPSDM/2025", LocalDate.of(2025, 1, 6),
                "Disiplin jam kerja", "Seluruh ASN wajib hadir pukul 07.30.", true, 0)));
        when(circulars.search(anyInt(), anyInt())).thenReturn(new PagedResult<>(List.of(), 0, 25, 0));

        String html = mvc.perform(get("/discipline/circulars").with(as(Role.EMPLOYEE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Disiplin jam kerja", "Seluruh ASN wajib hadir pukul 07.30.", "action=\"/discipline/circulars/3/ack\"",
                "Saya sudah membaca dan memahami", "name=\"back\" value=\"circulars\"").doesNotContain("/discipline/circulars/new");

        mvc.perform(post("/discipline/circulars/3/ack").with(as(Role.EMPLOYEE)).with(csrf()).param("back", "home"))
                .andExpect(redirectedUrl("/")).andExpect(flash().attribute("success", "discipline.circular.acknowledged"));
        verify(circulars).acknowledge(3L);
    }

    @Test
    void bkpsdmSeesTheRatePerOpdAndWhoHasNotAcknowledged() throws Exception {
        when(circulars.detail(3L)).thenReturn(new CircularViews.Detail(3L, "800/12/BKPSDM/2025", LocalDate.of(2025, 1, 6), "Disiplin jam kerja",
                "Isi", true, List.of(), "admin", null, List.of(new CircularViews.OpdRate(10L, "DISKOMINFO", "Dinas Komunikasi dan Informatika",
                0, 40, 30, 5)), 40, 30, false, false));
        when(opds.byCode("DISKOMINFO")).thenReturn(Optional.of(DISKOMINFO));
        when(circulars.notAcknowledged(3L, "DISKOMINFO", 0, 50)).thenReturn(new PagedResult<>(List.of(
                new CircularViews.StaffRow("198503122010011002", "Budi Santoso", "Dinas Komunikasi dan Informatika")), 0, 50, 10));

        String html = mvc.perform(get("/discipline/circulars/3").param("opd", "DISKOMINFO").with(as(Role.OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Tanda terima: 30 dari 40 pegawai (75", "id=\"rates\"", ">40<", ">30<", ">5<", "Budi Santoso",
                "href=\"/discipline/circulars/3?opd=DISKOMINFO\"").doesNotContain("name=\"nips\"");
    }

    @Test
    void onlyOpdHeadsAcknowledgeOnBehalfAndOnlyBkpsdmPublishes() throws Exception {
        mvc.perform(post("/discipline/circulars/3/ack-on-behalf").with(as(Role.OFFICER)).with(csrf()).param("opd", "X").param("nips", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/discipline/circulars/new").with(as(Role.OPD_HEAD))).andExpect(status().isForbidden());

        when(circulars.acknowledgeOnBehalf(3L, List.of("1", "2"))).thenReturn(2);
        mvc.perform(post("/discipline/circulars/3/ack-on-behalf").with(as(Role.OPD_HEAD)).with(csrf()).param("opd", "DISKOMINFO")
                        .param("nips", "1", "2"))
                .andExpect(redirectedUrl("/discipline/circulars/3?opd=DISKOMINFO"))
                .andExpect(flash().attribute("success", "discipline.circular.acknowledgedOnBehalf"))
                .andExpect(flash().attribute("successArgs", 2));
    }

    @Test
    void publishingNeedsATarget() throws Exception {
        when(opds.tree()).thenReturn(List.of(DISKOMINFO));
        when(circulars.publish(any(), any(), any(), any(), eq(false), eq(List.of())))
                .thenThrow(new BusinessProblem("opdCodes", "discipline.circular.error.noTarget"));

        String html = mvc.perform(post("/discipline/circulars/new").with(as(Role.OFFICER)).with(csrf()).param("number", "800/1")
                        .param("issuedOn", "2025-01-06").param("title", "Apel").param("body", "Isi").param("allStaff", "false"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Pilih OPD tujuan, atau tujukan kepada semua pegawai.");

        when(circulars.publish(any(), any(), any(), any(), eq(true), any())).thenReturn(4L);
        mvc.perform(post("/discipline/circulars/new").with(as(Role.ADMIN)).with(csrf()).param("number", "800/1")
                        .param("issuedOn", "2025-01-06").param("title", "Apel").param("body", "Isi").param("allStaff", "true"))
                .andExpect(redirectedUrl("/discipline/circulars/4"));
    }

    // ---------------------------------------------------------------- yearly figures

    @Test
    void theYearlyFiguresAnswerHowManyWarningLettersAndPunishments() throws Exception {
        StatsService.Row row = new StatsService.Row(10L, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 12, 25, 3, 1, 1, 2, 5, 3, 7);
        when(stats.year(2021)).thenReturn(new StatsService.YearStats(2021, List.of(row), row, List.of(2021)));

        String html = mvc.perform(get("/discipline/stats").param("year", "2021").with(as(Role.REGENT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        // seed 001: "40 warning letters and 2 punishments in 2021"
        assertThat(html).contains("Tahun 2021: 40 surat teguran (hukuman disiplin ringan) dan 2 hukuman disiplin (1 sedang, 1 berat).",
                "data-chart=\"bar\"", "data-labels=\"DISKOMINFO\"", "data-series=\"40;1;1\"", "Dinas Komunikasi dan Informatika");
    }

    @Test
    void theYearlyFiguresExportToExcelAndAreNotForEmployees() throws Exception {
        StatsService.Row row = new StatsService.Row(10L, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 12, 25, 3, 1, 1, 2, 5, 3, 7);
        when(stats.year(2021)).thenReturn(new StatsService.YearStats(2021, List.of(row), row, List.of(2021)));

        byte[] xlsx = mvc.perform(get("/discipline/stats").param("year", "2021").param("format", "xlsx").with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"disiplin-2021.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Surat teguran");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(40);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(2);
        }
        mvc.perform(get("/discipline/stats").with(as(Role.EMPLOYEE))).andExpect(status().isForbidden());
    }

    // ---------------------------------------------------------------- settings

    @Test
    void onlyTheAdministratorChangesTheSettings() throws Exception {
        when(rules.on(any())).thenReturn(DisciplineRuleSet.DEFAULT);
        when(rules.history()).thenReturn(List.of());

        String html = mvc.perform(get("/discipline/settings").with(as(Role.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Masa peralihan", "hari kalender", "<option value=\"PP94_TUKIN\" selected=\"selected\"");

        mvc.perform(post("/discipline/settings").with(as(Role.ADMIN)).with(csrf()).param("regime", "PP94_TUKIN").param("counting", "CALENDAR")
                .param("effectiveFrom", "2026-01-01").param("note", "PP gaji terbit")).andExpect(redirectedUrl("/discipline/settings"));
        verify(rules).add(SedangRegime.PP94_TUKIN, DayCounting.CALENDAR, false, null, LocalDate.of(2026, 1, 1), "PP gaji terbit");
        // issue 8: the lateness switch for PP 94/2021 counts and the basis cited for non-ASN staff are settings too
        assertThat(html).contains("name=\"convertLatenessPp94\"", "name=\"honoraryBasis\"", DisciplineRuleSet.DEFAULT_HONORARY_BASIS);
        mvc.perform(post("/discipline/settings").with(as(Role.ADMIN)).with(csrf()).param("regime", "PP94_TUKIN").param("counting", "CALENDAR")
                .param("convertLatenessPp94", "true").param("honoraryBasis", "Perbup 12/2024").param("effectiveFrom", "2026-02-01"))
                .andExpect(redirectedUrl("/discipline/settings"));
        verify(rules).add(SedangRegime.PP94_TUKIN, DayCounting.CALENDAR, true, "Perbup 12/2024", LocalDate.of(2026, 2, 1), null);

        mvc.perform(get("/discipline/settings").with(as(Role.OFFICER))).andExpect(status().isForbidden());
        mvc.perform(post("/discipline/settings").with(as(Role.OFFICER)).with(csrf()).param("regime", "PP94_TUKIN"))
                .andExpect(status().isForbidden());
        verify(rules, never()).add(eq(SedangRegime.PP94_TUKIN), eq(DayCounting.WORKING), anyBoolean(), any(), any(), any());
    }
}
