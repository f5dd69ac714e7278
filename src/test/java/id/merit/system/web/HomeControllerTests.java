package id.merit.system.web;

import static id.merit.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.merit.discipline.CircularQueries;
import id.merit.employee.EmployeeQueries;
import id.merit.orgunit.OpdQueries;
import id.merit.performance.ComplianceQueries;
import id.merit.performance.ComplianceRow;
import id.merit.performance.ComplianceStatus;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The landing page differs per role. */
@WebMvcTest(controllers = HomeController.class)
@Import(id.merit.system.security.SecurityConfig.class)
class HomeControllerTests {
    @Autowired
    MockMvc mvc;
    @MockitoBean
    EmployeeQueries employees;
    @MockitoBean
    OpdQueries opds;
    @MockitoBean
    CircularQueries circulars;
    @MockitoBean
    ComplianceQueries compliance;

    @BeforeEach
    void setUp() {
        given(employees.search(any(), isNull(), anyInt(), anyInt())).willReturn(new PagedResult<>(List.of(), 0, 1, 7));
        given(opds.tree()).willReturn(List.of());
        given(opds.subtreeIds("DINKES")).willReturn(Set.of(1L, 2L, 3L));
        given(circulars.pendingFor(any())).willReturn(List.of());
        given(compliance.currentYear()).willReturn(2026);
    }

    private static ComplianceRow skp(String head, int due, int rated, LocalDate deadline, long daysLeft, ComplianceStatus status) {
        return new ComplianceRow(1L, "DINKES", "Dinas Kesehatan", 0, head, due, rated, due - rated, 0, deadline, false, daysLeft, status);
    }

    @Test
    void opdHeadSeesTheirMissingEvaluationsAndDeadlineWithALinkToTheWorkspace() throws Exception {
        given(compliance.forOpd(2026, "DINKES")).willReturn(Optional.of(skp("Dr. Sari", 10, 6, LocalDate.of(2027, 1, 31), 57, ComplianceStatus.OPEN)));
        mvc.perform(get("/").with(as(Role.OPD_HEAD, "DINKES", null))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"home-skp-head\"")))
                .andExpect(content().string(containsString("4 pegawai ASN belum dinilai")))
                .andExpect(content().string(containsString("href=\"/performance/2026\"")))
                .andExpect(content().string(not(containsString("pembiaran sampai"))));
    }

    @Test
    void opdHeadPastTheDeadlineIsWarnedOfNeglectAndTheCardGoesWhenComplete() throws Exception {
        given(compliance.forOpd(2026, "DINKES")).willReturn(Optional.of(skp("Dr. Sari", 10, 6, LocalDate.of(2026, 12, 1), -4, ComplianceStatus.NEGLECT)));
        mvc.perform(get("/").with(as(Role.OPD_HEAD, "DINKES", null))).andExpect(status().isOk())
                .andExpect(content().string(containsString("pembiaran sampai")));
        given(compliance.forOpd(2026, "DINKES")).willReturn(Optional.of(skp("Dr. Sari", 10, 10, LocalDate.of(2026, 12, 1), -4, ComplianceStatus.COMPLETE)));
        mvc.perform(get("/").with(as(Role.OPD_HEAD, "DINKES", null))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("home-skp-head"))));
    }

    @Test
    void regentSeesTheHeadsFlaggedForNeglectWithALinkToTheFilteredCompliancePage() throws Exception {
        given(compliance.neglected(2026)).willReturn(List.of(skp("Dr. Sari", 10, 6, LocalDate.of(2026, 12, 1), -4, ComplianceStatus.NEGLECT)));
        mvc.perform(get("/").with(as(Role.REGENT, null, null))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"home-skp-neglect\"")))
                .andExpect(content().string(containsString("Dr. Sari")))
                .andExpect(content().string(containsString("1 kepala OPD")))
                .andExpect(content().string(containsString("/performance/compliance/2026?neglect=true")));
        mvc.perform(get("/").with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("home-skp-neglect"))));
    }

    @Test
    void bkpsdmSeesRegistryTotalsAndAdminCards() throws Exception {
        mvc.perform(get("/").with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(model().attribute("staffTotal", 42L)) // 6 types × 7
                .andExpect(content().string(containsString("/admin/users"))).andExpect(content().string(containsString("/imports")));
    }

    @Test
    void opdHeadCountsOnlyTheirSubtreeAndHasNoAdminCards() throws Exception {
        mvc.perform(get("/").with(as(Role.OPD_HEAD, "DINKES", null))).andExpect(status().isOk())
                .andExpect(model().attribute("opdTotal", 3))
                .andExpect(content().string(not(containsString("/admin/users"))));
    }

    @Test
    void employeeLandsOnTheirOwnCardsAndCirculars() throws Exception {
        mvc.perform(get("/").with(as(Role.EMPLOYEE, null, "198503122010011002"))).andExpect(status().isOk())
                .andExpect(model().attribute("ownNip", "198503122010011002"))
                .andExpect(model().attributeDoesNotExist("staffTotal"))
                .andExpect(content().string(containsString("/employees/198503122010011002")))
                .andExpect(content().string(containsString("Surat edaran untuk Anda")))
                .andExpect(content().string(not(containsString("href=\"/employees\""))));
    }

    @Test
    void employeeLinksTheirCasesAndNothingTheyCannotOpen() throws Exception {
        mvc.perform(get("/").with(as(Role.EMPLOYEE, null, "198503122010011002"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kasus saya")))
                .andExpect(content().string(containsString("href=\"/discipline/cases\"")))
                .andExpect(content().string(not(containsString("href=\"/attendance\""))))
                .andExpect(content().string(not(containsString("href=\"/discipline\""))))
                .andExpect(content().string(not(containsString("href=\"/opds"))))
                .andExpect(content().string(not(containsString("dan nilai Anda"))));
    }

    @Test
    void assessorIsNotPromisedWhatDoesNotExist() throws Exception {
        mvc.perform(get("/").with(as(Role.ASSESSOR, null, null))).andExpect(status().isOk())
                .andExpect(content().string(containsString("belum tersedia")))
                .andExpect(content().string(not(containsString("akan tampil di sini"))))
                .andExpect(content().string(not(containsString("href=\"/discipline"))));
    }

    @Test
    void regentLandsOnALinkToTheDashboardInTheNavigationAndAsTheFirstCard() throws Exception {
        String html = mvc.perform(get("/").with(as(Role.REGENT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"nav-dashboard\"").contains("id=\"home-dashboard\"").contains("Dasbor Bupati");
        // the dashboard card comes before the other figures of the landing page
        assertThat(html.indexOf("id=\"home-dashboard\"")).isLessThan(html.indexOf("stat-card"));
    }

    @Test
    void bkpsdmAlsoReachesTheDashboard() throws Exception {
        mvc.perform(get("/").with(as(Role.OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/dashboard\"")));
    }

    @Test
    void opdHeadsEmployeesAndAssessorsAreNotOfferedTheDashboard() throws Exception {
        for (var user : List.of(as(Role.OPD_HEAD, "DINKES", null), as(Role.EMPLOYEE, null, "198503122010011002"), as(Role.ASSESSOR, null, null))) {
            mvc.perform(get("/").with(user)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("href=\"/dashboard\""))));
        }
    }

    @Test
    void opdHeadReachesAttendanceAndDisciplineFromTheLandingPage() throws Exception {
        mvc.perform(get("/").with(as(Role.OPD_HEAD, "DINKES", null))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/attendance\"")))
                .andExpect(content().string(containsString("href=\"/discipline\"")))
                .andExpect(content().string(not(containsString("href=\"/imports\""))));
    }

    @Test
    void anonymousGoesToLogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound());
    }

    @Test
    void pingAnswersEveryLoggedInRoleWithNoContentAndSendsAnonymousToLogin() throws Exception {
        for (Role role : Role.values()) {
            mvc.perform(get("/ping").with(as(role))).andExpect(status().isNoContent()).andExpect(content().string(""));
        }
        mvc.perform(get("/ping")).andExpect(status().isFound());
    }
}
