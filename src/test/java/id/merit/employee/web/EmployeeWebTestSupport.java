package id.merit.employee.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.domain.EmployeeCommandService;
import id.merit.employee.domain.EmployeeQueryService;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.system.security.SecurityConfig;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One web slice for all registry controllers (so the context is built once), with the real security chains and
 * mocked services. The datasource URL is set only so that no embedded PostgreSQL is started for a slice without JPA.
 */
@WebMvcTest(controllers = {EmployeeListController.class, EmployeeDetailController.class, EmployeeFormController.class,
        EmployeeApiController.class}, properties = "spring.datasource.url=jdbc:postgresql://localhost:1/not-used-by-web-slices")
@Import({SecurityConfig.class, EmployeeWebTestSupport.FixedClock.class})
abstract class EmployeeWebTestSupport {

    /** The application's one Clock (system.ClockConfig is not part of a web slice), fixed for the slice. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @org.springframework.context.annotation.Bean
        java.time.Clock clock() {
            return java.time.Clock.fixed(java.time.Instant.parse("2026-12-05T03:00:00Z"), java.time.ZoneId.of("Asia/Jakarta"));
        }
    }

    static final OpdView DISKOMINFO = new OpdView(10L, "DISKOMINFO", "Dinas Komunikasi dan Informatika", OpdKind.DINAS, null,
            null, null, new BigDecimal("-2.530000"), new BigDecimal("112.950000"), 0);
    static final OpdView DINKES = new OpdView(11L, "DINKES", "Dinas Kesehatan", OpdKind.DINAS, null, null, null, null, null, 0);
    static final OpdView PUSKESMAS = new OpdView(12L, "PKM-BARU", "Puskesmas Baru", OpdKind.UPT, 11L, "DINKES", null, null,
            null, 1);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    EmployeeQueryService employees;
    @MockitoBean
    EmployeeDirectory directory;
    @MockitoBean
    EmployeeCommandService commands;
    @MockitoBean
    OpdQueries opds;
    @MockitoBean
    AuditLog audit;
    @MockitoBean
    id.merit.employee.ReportingLines reportingLines;
    @MockitoBean
    id.merit.employee.domain.EmployeeLeaveService leaves;

    static RequestPostProcessor as(Role role) {
        return as(new CurrentUser(role.name().toLowerCase(), role, null, null));
    }

    static RequestPostProcessor as(CurrentUser user) {
        return user(new MeritUserDetails(user, "x", true, false, "Pengguna " + user.username()));
    }

    static List<OpdView> tree() {
        return List.of(DINKES, PUSKESMAS, DISKOMINFO);
    }
}
