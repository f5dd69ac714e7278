package id.merit.discipline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.merit.attendance.YearlyAttendance;
import id.merit.discipline.DisciplineRegime;
import id.merit.discipline.Pp53Kind;
import id.merit.discipline.Recommendation;
import id.merit.discipline.RecommendedAttendance;
import id.merit.discipline.SanctionBand;
import id.merit.discipline.SanctionLevel;
import id.merit.discipline.PunishmentKind;
import id.merit.discipline.domain.CaseSource;
import id.merit.discipline.domain.CaseViews;
import id.merit.discipline.domain.ReviewService;
import id.merit.discipline.rules.CaseStage;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.OpdView;
import id.merit.shared.PagedResult;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recommendation pages, moved from attendance with their assertions (issue 8): BKPSDM's list with its review, the
 * regent's list of frequently absent officials (leading to the case, PP 94/2021 Pasal 31), the old address, and one
 * employee's recommendation card that the attendance page loads with htmx. Issue 9 item 4: paged, filtered by OPD
 * (an OPD head only within their own), nothing ticked, each row with its case, the relief list on its own tab.
 */
class DisciplineRecommendationPagesTests extends DisciplineWebTestSupport {

    static final String NIP = "198503122010011771";
    static final Recommendation TERTULIS = new Recommendation(SanctionBand.TEGURAN_TERTULIS, SanctionLevel.RINGAN,
            "PP 94/2021 Pasal 9 ayat (2) huruf b angka 2 (teguran tertulis: 4–6 hari kerja)");
    static final YearlyAttendance TOTALS = new YearlyAttendance(NIP, 2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 245, 230,
            10, 5, 0, 2, 95, 30, 0, 1, "DEFAULT", 11, "Andi Hadir", EmployeeType.PNS, 7, PositionKind.ADMINISTRATOR);
    static final YearlyAttendance OFFICIAL_TOTALS = new YearlyAttendance("196502071988022002", 2025, LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31), 245, 200, 0, 45, 0, 12, 0, 0, 0, 0, "DEFAULT", 12, "Kepala Bolos", EmployeeType.PNS, 7,
            PositionKind.JPT_PRATAMA);
    static final RecommendedAttendance ROW = new RecommendedAttendance(TOTALS, TERTULIS);
    static final RecommendedAttendance OFFICIAL = new RecommendedAttendance(OFFICIAL_TOTALS, new Recommendation(SanctionBand.PEMBERHENTIAN,
            SanctionLevel.BERAT, "PP 94/2021 Pasal 11 ayat (2) huruf d angka 4 jo. Pasal 15 ayat (2)"));

    static final OpdView DINKES = new OpdView(7, "DINKES", "Dinas Kesehatan", OpdKind.DINAS, null, null, null, null, null, 0);
    static final OpdView PUSKESMAS = new OpdView(8, "PKM-KOTA", "Puskesmas Kota", OpdKind.UPT, 7L, "DINKES", null, null, null, 1);

    @BeforeEach
    void data() {
        when(recommendations.today()).thenReturn(LocalDate.of(2026, 3, 10));
        when(reviews.recommendations(anyInt(), any(), anyBoolean(), any(), anyInt(), anyInt()))
                .thenReturn(new PagedResult<>(List.of(new ReviewService.Row(ROW, null, true)), 0, 50, 1));
        when(reviews.reliefCandidates(anyInt(), any(), anyInt(), anyInt())).thenReturn(new PagedResult<>(List.of(OFFICIAL), 0, 50, 1));
        when(reviews.opdChoices()).thenReturn(List.of(DINKES, PUSKESMAS));
        when(recommendations.forYear(eq(NIP), eq(2025), any())).thenReturn(ROW);
    }

    // ---------------------------------------------------------------- lists (moved from AttendancePagesTests)

    @Test
    void regentSeesOnlyTheOfficialsToRelieve() throws Exception {
        mvc.perform(get("/discipline/recommendations").with(as(Role.REGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pejabat yang sering tidak masuk kerja")))
                .andExpect(content().string(containsString("Kepala Bolos")))
                // the list leads to the procedure: open the case, examine, relieve (PP 94/2021 Pasal 31), never "without waiting"
                .andExpect(content().string(containsString("PP 94/2021 Pasal 31")))
                .andExpect(content().string(not(containsString("tanpa menunggu"))))
                .andExpect(content().string(not(containsString("/discipline/recommendations/review"))))
                // the regent cannot open a case, so no link to a page they could not use
                .andExpect(content().string(not(containsString("/discipline/cases/new"))))
                // the relief list only: no tab to the full list
                .andExpect(content().string(not(containsString("Semua rekomendasi"))));
        verify(reviews, never()).recommendations(anyInt(), any(), anyBoolean(), any(), anyInt(), anyInt());
        verify(reviews).reliefCandidates(2026, null, 0, 50);
    }

    @Test
    void bkpsdmOpensTheCaseOfAFrequentlyAbsentOfficial() throws Exception {
        mvc.perform(get("/discipline/recommendations/relief").with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kepala Bolos")))
                .andExpect(content().string(containsString(
                        "/discipline/cases/new?nip=196502071988022002&amp;source=ATTENDANCE&amp;year=2026&amp;band=PEMBERHENTIAN")));
        // the relief list has its own tab: the full list does not carry it any more
        mvc.perform(get("/discipline/recommendations").with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/discipline/recommendations/relief?year=2026\"")))
                .andExpect(content().string(not(containsString("Kepala Bolos"))));
    }

    @Test
    void adminReviewsTheListWithCsrf() throws Exception {
        mvc.perform(get("/discipline/recommendations").param("changed", "true").param("sort", "NAME").with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Andi Hadir")))
                .andExpect(content().string(containsString("Belum pernah")))
                .andExpect(content().string(containsString("action=\"/discipline/recommendations/review\"")));
        verify(reviews).recommendations(2026, ReviewService.Sort.NAME, true, null, 0, 50);

        mvc.perform(post("/discipline/recommendations/review").param("year", "2025").param("nip", NIP).with(as(Role.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/discipline/recommendations/review").param("year", "2025").param("nip", NIP).with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/discipline/recommendations?year=2025&sort=UNEXCUSED_DESC&changed=false"))
                .andExpect(flash().attribute("success", "discipline.rec.marked"));
        verify(reviews).markReviewed(2025, List.of(NIP));
    }

    // issue 9 item 4: an OPD head sees the list of their OPD (and its sub-units), may open cases, but not review
    @Test
    void opdHeadsSeeTheirOwnOpdButCannotReview() throws Exception {
        String html = mvc.perform(get("/discipline/recommendations").with(as(Role.OPD_HEAD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Andi Hadir", "OPD saya dan unit di bawahnya", "value=\"PKM-KOTA\"", "/discipline/cases/new?nip=" + NIP)
                .doesNotContain("/discipline/recommendations/review", "name=\"nip\"");
        verify(reviews).recommendations(2026, ReviewService.Sort.UNEXCUSED_DESC, false, null, 0, 50);
        mvc.perform(post("/discipline/recommendations/review").param("year", "2025").param("nip", NIP).with(as(Role.OPD_HEAD)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/discipline/recommendations/review").param("year", "2025").param("nip", NIP).with(as(Role.REGENT)).with(csrf()))
                .andExpect(status().isForbidden());
        verify(reviews, never()).markReviewed(anyInt(), any());
    }

    // the service refuses an OPD outside the head's scope (AccessDeniedProblem): a 403, not a wider list
    @Test
    void anOpdHeadCannotFilterToAnotherOpd() throws Exception {
        when(reviews.recommendations(anyInt(), any(), anyBoolean(), eq("DISHUB"), anyInt(), anyInt()))
                .thenThrow(new AccessDeniedProblem("OPD outside scope"));
        when(reviews.reliefCandidates(anyInt(), eq("DISHUB"), anyInt(), anyInt())).thenThrow(new AccessDeniedProblem("OPD outside scope"));
        mvc.perform(get("/discipline/recommendations").param("opd", "DISHUB").with(as(Role.OPD_HEAD))).andExpect(status().isForbidden());
        mvc.perform(get("/discipline/recommendations/relief").param("opd", "DISHUB").with(as(Role.OPD_HEAD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/discipline/recommendations").with(as(Role.EMPLOYEE))).andExpect(status().isForbidden());
        mvc.perform(get("/discipline/recommendations/relief").with(as(Role.ASSESSOR))).andExpect(status().isForbidden());
    }

    // issue 9 item 4: 50 a page, the links keep the query; nothing ticked; the bulk action above the table
    @Test
    void theListIsPagedKeepsItsQueryTicksNothingAndHasItsActionOnTop() throws Exception {
        when(reviews.recommendations(anyInt(), any(), anyBoolean(), any(), anyInt(), anyInt()))
                .thenReturn(new PagedResult<>(List.of(new ReviewService.Row(ROW, null, true)), 1, 50, 120));
        String html = mvc.perform(get("/discipline/recommendations").param("year", "2025").param("opd", "DINKES").param("sort", "NAME")
                        .param("page", "1").with(as(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        verify(reviews).recommendations(2025, ReviewService.Sort.NAME, false, "DINKES", 1, 50);
        assertThat(html).contains("51", "100", "120", "page=0&amp;year=2025&amp;opd=DINKES&amp;sort=NAME",
                        "page=2&amp;year=2025&amp;opd=DINKES&amp;sort=NAME", "<option value=\"DINKES\" selected=\"selected\">Dinas Kesehatan</option>",
                        "· Puskesmas Kota")
                .doesNotContainPattern("name=\"nip\"[^>]*checked");
        assertThat(html.indexOf("id=\"bulk-actions\"")).isPositive().isLessThan(html.indexOf("<table"));
        assertThat(html).contains("data-check-all=\"nip\"", "aria-label=\"Pilih semua baris di halaman ini\"");
        // the review keeps the page and the OPD it was made on
        mvc.perform(post("/discipline/recommendations/review").param("year", "2025").param("nip", NIP).param("opd", "DINKES")
                        .param("page", "1").with(as(Role.OFFICER)).with(csrf()))
                .andExpect(redirectedUrl("/discipline/recommendations?year=2025&sort=UNEXCUSED_DESC&changed=false&opd=DINKES&page=1"));
    }

    // issue 9 item 4: a row shows the case opened from that year's attendance, with its stage
    @Test
    void aRowShowsItsCaseWithItsStage() throws Exception {
        when(cases.forAttendance(eq(2026), any())).thenReturn(Map.of(NIP, new CaseViews.CaseLink(42L, "KD-2026-00042",
                LocalDate.of(2026, 2, 2), CaseSource.ATTENDANCE, CaseStage.DECIDED, PunishmentKind.TEGURAN_TERTULIS, null, "800/1", null)));
        String html = mvc.perform(get("/discipline/recommendations").with(as(Role.OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"/discipline/cases/42\"", "KD-2026-00042", "Diputuskan", "Buka kasus lain").doesNotContain("DECIDED");
        verify(cases).forAttendance(2026, List.of(NIP));
    }

    // issue 7 §3: a bulk read of personal data is an access like viewing one record (UU 27/2022)
    @Test
    void everyonesYearlyTotalsThroughTheApiAreAudited() throws Exception {
        when(recommendations.forAll(2025, null)).thenReturn(List.of(ROW, OFFICIAL));
        mvc.perform(get("/api/v1/attendance/2025").with(as(Role.OFFICER))).andExpect(status().isOk());
        verify(audit).event(eq(id.merit.audit.AuditAction.VIEW), eq("ATTENDANCE_EXPORT"), eq("api totals 2025"),
                org.mockito.ArgumentMatchers.contains("2 rows"));
        mvc.perform(get("/api/v1/attendance/2025").with(as(Role.OPD_HEAD))).andExpect(status().isForbidden());
        verify(recommendations).forAll(2025, null);
    }

    @Test
    void theOldAddressRedirects() throws Exception {
        mvc.perform(get("/attendance/recommendations").param("year", "2025").param("sort", "NAME").with(as(Role.ADMIN)))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/discipline/recommendations?year=2025&sort=NAME"));
    }

    @Test
    void pp53KindsShowUnderTheirOwnNames() throws Exception {
        RecommendedAttendance old = new RecommendedAttendance(TOTALS, new Recommendation(SanctionBand.PENURUNAN_JABATAN,
                SanctionLevel.BERAT, "PP 53/2010 Pasal 3 angka 11 jo. Pasal 10 angka 9 huruf b", DisciplineRegime.PP_53_2010,
                Pp53Kind.PEMINDAHAN_PENURUNAN_JABATAN, 0));
        when(reviews.recommendations(anyInt(), any(), anyBoolean(), any(), anyInt(), anyInt()))
                .thenReturn(new PagedResult<>(List.of(new ReviewService.Row(old, null, true)), 0, 50, 1));
        mvc.perform(get("/discipline/recommendations").param("year", "2020").with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pemindahan dalam rangka penurunan jabatan setingkat lebih rendah")))
                .andExpect(content().string(not(containsString(">Penurunan jabatan<"))));
    }

    // ---------------------------------------------------------------- one employee's card (moved from the attendance page test)

    @Test
    void employeeSeesTheirRecommendationWithItsBasis() throws Exception {
        mvc.perform(get("/discipline/recommendations/" + NIP + "/2025").header("HX-Request", "true").with(as(Role.EMPLOYEE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PP 94/2021 Pasal 9 ayat (2) huruf b angka 2")))
                .andExpect(content().string(containsString("Teguran tertulis")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("/discipline/cases/new"))));
        mvc.perform(get("/discipline/recommendations/" + NIP + "/2025").header("HX-Request", "true").with(as(Role.OFFICER)))
                .andExpect(content().string(containsString(
                        "/discipline/cases/new?nip=" + NIP + "&amp;source=ATTENDANCE&amp;year=2025&amp;band=TEGURAN_TERTULIS&amp;basis=")));
        // without htmx it is a page of its own
        mvc.perform(get("/discipline/recommendations/" + NIP + "/2025").with(as(Role.EMPLOYEE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Teguran tertulis")));
    }

    @Test
    void honoraryStaffSeeTheRegentsRegulationAndNoCaseLink() throws Exception {
        YearlyAttendance honorary = new YearlyAttendance("3201010101900001", 2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                245, 200, 0, 45, 0, 12, 0, 0, 0, 0, "DEFAULT", 13, "Honor Bolos", EmployeeType.NON_ASN_PHL, 7, PositionKind.PELAKSANA);
        when(recommendations.forYear(eq("3201010101900001"), eq(2025), any())).thenReturn(new RecommendedAttendance(honorary,
                new Recommendation(SanctionBand.NONE, SanctionLevel.NONE, "Perbup 12/2024 tentang pegawai non-ASN")));
        String html = mvc.perform(get("/discipline/recommendations/3201010101900001/2025").header("HX-Request", "true").with(as(Role.OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Perbup 12/2024 tentang pegawai non-ASN", "evaluasi kontrak tahunan").doesNotContain("/discipline/cases/new");
    }

    @Test
    void convertedDaysAreExplained() throws Exception {
        when(recommendations.forYear(eq(NIP), eq(2025), any())).thenReturn(new RecommendedAttendance(TOTALS, new Recommendation(
                SanctionBand.TEGURAN_TERTULIS, SanctionLevel.RINGAN, "PP 53/2010 ...", DisciplineRegime.PP_53_2010, Pp53Kind.TEGURAN_TERTULIS, 2)));
        mvc.perform(get("/discipline/recommendations/" + NIP + "/2025").header("HX-Request", "true").with(as(Role.EMPLOYEE)))
                .andExpect(content().string(containsString("Termasuk 2 hari dari akumulasi keterlambatan")))
                .andExpect(content().string(containsString("menurut PP 53/2010")));
    }

    @Test
    void scopeRefusalFromTheServiceIsA403() throws Exception {
        when(recommendations.forYear(eq("OTHER"), eq(2025), any())).thenThrow(new AccessDeniedProblem("employee outside scope"));
        mvc.perform(get("/discipline/recommendations/OTHER/2025").with(as(Role.OPD_HEAD))).andExpect(status().isForbidden());
    }
}
