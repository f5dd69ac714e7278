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
import id.merit.discipline.domain.ReviewService;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recommendation pages, moved from attendance with their assertions (issue 8): BKPSDM's list with its review, the
 * regent's list of frequently absent officials (leading to the case, PP 94/2021 Pasal 31), the old address, and one
 * employee's recommendation card that the attendance page loads with htmx.
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

    @BeforeEach
    void data() {
        when(recommendations.today()).thenReturn(LocalDate.of(2026, 3, 10));
        when(reviews.recommendations(anyInt(), any(), anyBoolean())).thenReturn(List.of(new ReviewService.Row(ROW, null, true)));
        when(reviews.reliefCandidates(anyInt())).thenReturn(List.of(OFFICIAL));
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
                .andExpect(content().string(not(containsString("/discipline/cases/new"))));
        verify(reviews, never()).recommendations(anyInt(), any(), anyBoolean());
    }

    @Test
    void bkpsdmOpensTheCaseOfAFrequentlyAbsentOfficial() throws Exception {
        mvc.perform(get("/discipline/recommendations").with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "/discipline/cases/new?nip=196502071988022002&amp;source=ATTENDANCE&amp;year=2026&amp;band=PEMBERHENTIAN")));
    }

    @Test
    void adminReviewsTheListWithCsrf() throws Exception {
        mvc.perform(get("/discipline/recommendations").param("changed", "true").param("sort", "NAME").with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Andi Hadir")))
                .andExpect(content().string(containsString("Belum pernah")))
                .andExpect(content().string(containsString("action=\"/discipline/recommendations/review\"")));
        verify(reviews).recommendations(2026, ReviewService.Sort.NAME, true);

        mvc.perform(post("/discipline/recommendations/review").param("year", "2025").param("nip", NIP).with(as(Role.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/discipline/recommendations/review").param("year", "2025").param("nip", NIP).with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/discipline/recommendations?year=2025&sort=UNEXCUSED_DESC&changed=false"))
                .andExpect(flash().attribute("success", "discipline.rec.marked"));
        verify(reviews).markReviewed(2025, List.of(NIP));
    }

    @Test
    void opdHeadsCannotSeeOrReviewRecommendations() throws Exception {
        mvc.perform(get("/discipline/recommendations").with(as(Role.OPD_HEAD))).andExpect(status().isForbidden());
        mvc.perform(post("/discipline/recommendations/review").param("year", "2025").param("nip", NIP).with(as(Role.REGENT)).with(csrf()))
                .andExpect(status().isForbidden());
        verify(reviews, never()).markReviewed(anyInt(), any());
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
        when(reviews.recommendations(anyInt(), any(), anyBoolean())).thenReturn(List.of(new ReviewService.Row(old, null, true)));
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
