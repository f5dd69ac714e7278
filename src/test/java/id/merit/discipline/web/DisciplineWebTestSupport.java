package id.merit.discipline.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import id.merit.audit.AuditLog;
import id.merit.discipline.domain.CaseService;
import id.merit.discipline.domain.CaseWorkflow;
import id.merit.discipline.domain.DisciplineClock;
import id.merit.discipline.domain.CircularService;
import id.merit.discipline.domain.InspectionService;
import id.merit.discipline.domain.LetterService;
import id.merit.discipline.domain.RecommendationService;
import id.merit.discipline.domain.ReviewService;
import id.merit.discipline.domain.RuleSetService;
import id.merit.discipline.domain.StatsService;
import id.merit.employee.EmployeeQueries;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.orgunit.OpdQueries;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.system.security.SecurityConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One web slice for every discipline controller (the context is built once), with the real security chains and
 * method security, and mocked services. The datasource URL only keeps the slice from starting an embedded database.
 */
@WebMvcTest(controllers = {DisciplineHomeController.class, CaseController.class, CaseStepController.class, LetterController.class,
        InspectionController.class, CircularController.class, StatsController.class, SettingsController.class,
        RecommendationController.class, ObjectionController.class, AttendanceApiController.class},
        properties = "spring.datasource.url=jdbc:postgresql://localhost:1/not-used-by-web-slices")
@Import({SecurityConfig.class, CasePage.class, DisciplineClock.class})
abstract class DisciplineWebTestSupport {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CaseService cases;
    @MockitoBean
    CaseWorkflow workflow;
    @MockitoBean
    InspectionService inspections;
    @MockitoBean
    CircularService circulars;
    @MockitoBean
    StatsService stats;
    @MockitoBean
    RuleSetService rules;
    @MockitoBean
    LetterService letters;
    @MockitoBean
    EmployeeQueries employees;
    @MockitoBean
    OpdQueries opds;
    @MockitoBean
    AuditLog audit;
    @MockitoBean
    id.merit.profile.ProfileQueries profile;
    @MockitoBean
    id.merit.employee.ReportingLines reportingLines;
    @MockitoBean
    ReviewService reviews;
    @MockitoBean
    RecommendationService recommendations;

    static RequestPostProcessor as(Role role) {
        return switch (role) {
            case OPD_HEAD -> as(new CurrentUser("kadis", role, "DISKOMINFO", null));
            case EMPLOYEE -> as(new CurrentUser("pegawai", role, null, "198503122010011002"));
            default -> as(new CurrentUser(role.name().toLowerCase(), role, null, null));
        };
    }

    static RequestPostProcessor as(CurrentUser user) {
        return user(new MeritUserDetails(user, "x", true, false, "Pengguna " + user.username()));
    }
}
