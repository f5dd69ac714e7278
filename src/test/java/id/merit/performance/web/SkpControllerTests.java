package id.merit.performance.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeType;
import id.merit.employee.EmployeeView;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.performance.SkpPeriod;
import id.merit.performance.SkpPredicate;
import id.merit.performance.SkpRating;
import id.merit.performance.domain.FollowUpService;
import id.merit.performance.domain.ObjectionService;
import id.merit.performance.domain.SkpDocumentService;
import id.merit.performance.domain.SkpEntry;
import id.merit.performance.domain.SkpService;
import id.merit.performance.rules.FollowUpPolicy;
import id.merit.performance.rules.ObjectionPolicy;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The employee's SKP, objection and follow-up pages per role: who gets in, what they see, that bad input reaches no service. */
@WebMvcTest({SkpController.class, FollowUpController.class})
@Import({id.merit.system.security.SecurityConfig.class, PerformanceBadges.class})
class SkpControllerTests {

    static final String NIP = "198503122010011771";
    static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    static final EmployeeView EMPLOYEE = new EmployeeView(11, NIP, "Andi Kinerja", Gender.M, LocalDate.of(1985, 3, 12), EmployeeType.PNS,
            7, "DINKES", "Dinas Kesehatan", "III/a", "Analis", PositionKind.PELAKSANA, null, null, null, null, null, null, null, 0);
    static final SkpEntry ANNUAL = new SkpEntry(5, 11, 2025, SkpPeriod.ANNUAL, SkpRating.MEETS, SkpRating.BELOW, SkpPredicate.KURANG,
            "RATING", "kadinkes", null, Instant.parse("2026-01-10T02:00:00Z"), Instant.parse("2026-01-10T02:00:00Z"), null, 0);
    static final ObjectionPolicy.Window WINDOW = ObjectionPolicy.window(LocalDate.of(2026, 1, 10), TODAY, ObjectionPolicy.DEFAULTS);
    static final FollowUpService.FollowUp FOLLOW_UP = new FollowUpService.FollowUp(3, 5, NIP, "Andi Kinerja", "Dinas Kesehatan", 2025,
            SkpPredicate.KURANG, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 7, 10), "OPEN", null, null, FollowUpPolicy.Step.IMPROVEMENT);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SkpService skp;
    @MockitoBean
    ObjectionService objections;
    @MockitoBean
    SkpDocumentService documents;
    @MockitoBean
    FollowUpService followUps;
    @MockitoBean
    EmployeeQueries employees;
    @MockitoBean
    id.merit.employee.EmployeeDirectory directory;
    @MockitoBean
    id.merit.audit.AuditLog audit;

    static RequestPostProcessor as(Role role) {
        return user(new MeritUserDetails(new CurrentUser(role.name().toLowerCase(), role, role == Role.OPD_HEAD ? "DINKES" : null,
                role == Role.EMPLOYEE ? NIP : null), "x", true, false, "Pak " + role));
    }

    @BeforeEach
    void data() {
        when(skp.page(NIP)).thenReturn(new SkpService.Page(EMPLOYEE, List.of(new SkpService.Year(2025, ANNUAL, List.of(), null, FOLLOW_UP,
                WINDOW, true)), true));
        when(skp.annualByNip(NIP, 2025)).thenReturn(Optional.of(ANNUAL));
        when(objections.viewable(NIP, 2025)).thenReturn(Optional.empty());
        when(objections.window(any())).thenReturn(WINDOW);
        when(objections.isSelf(NIP)).thenReturn(true);
        when(objections.today()).thenReturn(TODAY);
        when(followUps.list(any())).thenReturn(List.of(FOLLOW_UP));
    }

    @Test
    void theEmployeeSeesTheirSkpWithTheReasonTheDeadlineAndTheFollowUp() throws Exception {
        mvc.perform(get("/performance/employees/" + NIP + "/skp").with(as(Role.EMPLOYEE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SKP saya")))
                .andExpect(content().string(containsString("Kurang/Misconduct")))
                .andExpect(content().string(containsString("hasil kerja &quot;Sesuai ekspektasi&quot; × perilaku kerja &quot;Di bawah ekspektasi&quot;")))
                .andExpect(content().string(containsString("keberatan paling lambat 24 Januari 2026")))
                .andExpect(content().string(containsString("10 Juli 2026")))
                .andExpect(content().string(containsString("/performance/employees/" + NIP + "/skp/2025/objection")))
                .andExpect(content().string(containsString("/performance/employees/" + NIP + "/skp/2025.pdf")));
    }

    @Test
    void anAssessorGetsNoSkpPage() throws Exception {
        mvc.perform(get("/performance/employees/" + NIP + "/skp").with(as(Role.ASSESSOR))).andExpect(status().isForbidden());
        mvc.perform(get("/performance/objections").with(as(Role.REGENT))).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheEmployeeFilesWithCsrfAndReasons() throws Exception {
        mvc.perform(post("/performance/employees/" + NIP + "/skp/2025/objection").with(as(Role.EMPLOYEE)).param("reasons", "Tidak setuju sama sekali."))
                .andExpect(status().isForbidden());
        mvc.perform(post("/performance/employees/" + NIP + "/skp/2025/objection").with(as(Role.OPD_HEAD)).with(csrf())
                .param("reasons", "Tidak setuju sama sekali.")).andExpect(status().isForbidden());
        mvc.perform(post("/performance/employees/" + NIP + "/skp/2025/objection").with(as(Role.EMPLOYEE)).with(csrf()).param("reasons", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi")));
        verify(objections, never()).file(anyString(), anyInt(), anyString());
    }

    @Test
    void aGrantWithoutNewRatingsIsRefusedBeforeTheService() throws Exception {
        ObjectionService.Objection open = new ObjectionService.Objection(9, 5, NIP, "Andi Kinerja", 2025, LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 1, 24), TODAY, Instant.parse("2026-01-20T03:00:00Z"), "andi", "Perilaku dinilai tanpa bukti.", "1", "SUPERIOR",
                null, "197001012000011001", "Sri Kadis", "Kepala Dinas", SkpRating.MEETS, SkpRating.BELOW, SkpPredicate.KURANG, "OPEN",
                null, null, null, null, null, null, 0);
        when(objections.viewable(NIP, 2025)).thenReturn(Optional.of(open));
        when(objections.mayDecide(open)).thenReturn(true);
        when(objections.isSelf(NIP)).thenReturn(false);
        mvc.perform(post("/performance/employees/" + NIP + "/skp/2025/objection/decision").with(as(Role.OFFICER)).with(csrf())
                        .param("outcome", "GRANTED").param("reasons", "Bukti sudah diperiksa ulang.").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pilih rating yang baru")));
        verify(objections, never()).decide(anyString(), anyInt(), any());
    }

    @Test
    void bkpsdmSeesTheFollowUpsOthersDoNot() throws Exception {
        mvc.perform(get("/performance/follow-ups").with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Andi Kinerja")))
                .andExpect(content().string(containsString("Masa perbaikan")))
                .andExpect(content().string(not(containsString("/performance/follow-ups/3/test"))));   // the test is not due yet
        mvc.perform(get("/performance/follow-ups").with(as(Role.OPD_HEAD))).andExpect(status().isForbidden());
        mvc.perform(get("/performance/follow-ups").with(as(Role.EMPLOYEE))).andExpect(status().isForbidden());
    }
}
