package id.merit.unitassessment.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.merit.performance.SkpPredicate;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.system.security.SecurityConfig;
import id.merit.unitassessment.UnitScore;
import id.merit.unitassessment.domain.LeagueCalculator;
import id.merit.unitassessment.domain.TeamBody;
import id.merit.unitassessment.domain.TeamMember;
import id.merit.unitassessment.domain.UnitAssessmentService;
import id.merit.unitassessment.domain.UnitDetail;
import id.merit.unitassessment.rules.UnitAssessmentParameters;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The league and drill-down pages and the team's entry form, with the real security chain and a mocked service. */
@WebMvcTest(controllers = {LeagueController.class, EntryController.class, TeamController.class},
        properties = "spring.datasource.url=jdbc:postgresql://localhost:1/not-used-by-web-slices")
@Import({SecurityConfig.class, UnitPages.class})
class UnitAssessmentControllerTests {
    static final byte[] PDF = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    UnitAssessmentService service;

    static final UnitScore DINKES = new UnitScore(1, "DINKES", "Dinas Kesehatan", 2, new BigDecimal("50.00"), new BigDecimal("50.00"),
            new BigDecimal("100.00"), new BigDecimal("25.00"), new BigDecimal("49.50"), new BigDecimal("54.90"));
    static final UnitScore BAPPEDA = new UnitScore(0, "BAPPEDA", "Badan Perencanaan", 0, null, null, new BigDecimal("0.00"),
            new BigDecimal("0.00"), null, null);

    static RequestPostProcessor as(Role role) {
        return user(new MeritUserDetails(new CurrentUser(role.name().toLowerCase(), role, role == Role.OPD_HEAD ? "DINKES" : null, null),
                "x", true, false, "Pengguna"));
    }

    @BeforeEach
    void setUp() {
        UnitAssessmentParameters p = UnitAssessmentParameters.defaults();
        given(service.years()).willReturn(List.of(2026, 2025, 2024));
        given(service.league(2025)).willReturn(new LeagueCalculator.League(2025, p, List.of(DINKES, BAPPEDA), null));
        given(service.keptLeague(2025)).willReturn(new LeagueCalculator.Kept(
                new LeagueCalculator.League(2025, p, List.of(DINKES, BAPPEDA), null), java.time.Instant.parse("2026-12-06T03:15:00Z"), 60));
        Map<SkpPredicate, Integer> preds = new EnumMap<>(SkpPredicate.class);
        for (SkpPredicate s : SkpPredicate.values()) {
            preds.put(s, s == SkpPredicate.BAIK ? 1 : 0);
        }
        UnitDetail d = new UnitDetail(DINKES, new UnitDetail.Performance(2, 1, preds, 1),
                new UnitDetail.Discipline(2, 0, List.of(), 0, 0, 40, List.of()), List.of(), List.of(),
                new UnitDetail.DataCompliance(2, 0, Map.of("EDUCATION", 2), List.of()));
        given(service.detail(2025, "DINKES")).willReturn(new LeagueCalculator.League(2025, p, List.of(DINKES, BAPPEDA), d));
        given(service.team(2025)).willReturn(List.of(new TeamMember(7, 2025, TeamBody.INSPECTORATE, "Irma", null, "officer",
                OffsetDateTime.parse("2026-01-05T02:00:00Z"))));
    }

    @Test
    void leagueShowsEveryUnitWithItsChartLink() throws Exception {
        mvc.perform(get("/unit-assessments/2025").with(as(Role.REGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dinas Kesehatan")))
                .andExpect(content().string(containsString("54,90")))
                .andExpect(content().string(containsString("/unit-assessments/2025/DINKES")))
                .andExpect(content().string(containsString("merit-unit-2026")))
                .andExpect(content().string(containsString("Dihitung 06-12-2026 10:15 WIB; angka tabel ini disimpan hingga 60 detik")))
                .andExpect(model().attribute("chartValues", "54.90")) // a unit without a total is not charted
                .andExpect(content().string(not(containsString("/unit-assessments/2025/team/remove"))));
    }

    @Test
    void employeesAndAssessorsAreRefused() throws Exception {
        mvc.perform(get("/unit-assessments/2025").with(as(Role.EMPLOYEE))).andExpect(status().isForbidden());
        mvc.perform(get("/unit-assessments/2025/DINKES").with(as(Role.ASSESSOR))).andExpect(status().isForbidden());
    }

    @Test
    void theDetailShowsTheFormOnlyToBkpsdm() throws Exception {
        mvc.perform(get("/unit-assessments/2025/DINKES").with(as(Role.OFFICER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"entry-form\"")));
        mvc.perform(get("/unit-assessments/2025/DINKES").with(as(Role.OPD_HEAD)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"entry-form\""))));
        verify(service, org.mockito.Mockito.times(1)).team(2025); // the officer's page only: the OPD head's loads no team
    }

    @Test
    void anEntryWithoutEvidenceIsRefusedWithAFieldError() throws Exception {
        mvc.perform(multipart("/unit-assessments/2025/DINKES/entries").param("aspect", "INNOVATION").param("title", "Layanan daring")
                        .param("points", "30").param("assessorId", "7").with(csrf()).with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("entryForm", "evidence"))
                .andExpect(content().string(containsString("Lampirkan bukti")));
        verify(service, never()).record(anyInt(), any(), any(), any());
    }

    @Test
    void aRefusalOfTheServiceIsShownAtItsField() throws Exception {
        given(service.record(eq(2025), eq("DINKES"), any(), any()))
                .willThrow(new BusinessProblem("evidence", "unitassessment.entry.error.evidenceType"));
        mvc.perform(multipart("/unit-assessments/2025/DINKES/entries").file(new MockMultipartFile("evidence", "x.pdf", "application/pdf",
                        "teks".getBytes(StandardCharsets.UTF_8))).param("aspect", "AWARDS").param("title", "Piagam").param("points", "25")
                        .param("assessorId", "7").with(csrf()).with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("entryForm", "evidence", "unitassessment.entry.error.evidenceType"))
                .andExpect(content().string(containsString("Bukti harus berupa PDF, JPEG atau PNG")));
    }

    @Test
    void pointsOutsideOneToHundredAreRefusedBeforeTheService() throws Exception {
        mvc.perform(multipart("/unit-assessments/2025/DINKES/entries").file(new MockMultipartFile("evidence", "x.pdf", "application/pdf", PDF))
                        .param("aspect", "AWARDS").param("title", "Piagam").param("points", "101").param("assessorId", "7")
                        .with(csrf()).with(as(Role.OFFICER)))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("entryForm", "points"));
        verify(service, never()).record(anyInt(), any(), any(), any());
    }

    @Test
    void aValidEntryIsSavedAndRedirects() throws Exception {
        given(service.record(eq(2025), eq("DINKES"), any(), any())).willReturn(41L);
        mvc.perform(multipart("/unit-assessments/2025/DINKES/entries").file(new MockMultipartFile("evidence", "x.pdf", "application/pdf", PDF))
                        .param("aspect", "INNOVATION").param("title", "Layanan daring").param("points", "30").param("assessorId", "7")
                        .with(csrf()).with(as(Role.ADMIN)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/unit-assessments/2025/DINKES"));
    }

    @Test
    void onlyBkpsdmRecordsAndCsrfIsRequired() throws Exception {
        mvc.perform(multipart("/unit-assessments/2025/DINKES/entries").file(new MockMultipartFile("evidence", "x.pdf", "application/pdf", PDF))
                        .param("aspect", "INNOVATION").param("title", "x").param("points", "30").param("assessorId", "7")
                        .with(csrf()).with(as(Role.OPD_HEAD)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/unit-assessments/2025/DINKES/entries").param("title", "x").with(as(Role.OFFICER)))
                .andExpect(status().isForbidden());
        verify(service, never()).record(anyInt(), any(), any(), any());
    }

    @Test
    void evidenceIsSentAsAnAttachmentWithItsCheckedType() throws Exception {
        given(service.evidence(2025, "DINKES", 41L)).willReturn(new UnitAssessmentService.EvidenceFile("bukti.pdf", "application/pdf", PDF));
        mvc.perform(get("/unit-assessments/2025/DINKES/entries/41/evidence").with(as(Role.OPD_HEAD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
    }
}
