package id.merit.employee.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.merit.employee.EmployeeMother;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class EmployeeApiControllerTests extends EmployeeWebTestSupport {

    private static final String NIP = EmployeeMother.PNS_NIP;

    @Test
    void returnsTheRecordWithCodesIsoDatesAndNumbers() throws Exception {
        when(employees.get(NIP)).thenReturn(EmployeeMother.pns());

        mvc.perform(get("/api/v1/employees/{nip}", NIP).with(as(Role.REGENT)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.nip").value(NIP))
                .andExpect(jsonPath("$.name").value("Budi Santoso, S.Kom."))
                .andExpect(jsonPath("$.gender").value("M"))
                .andExpect(jsonPath("$.birthDate").value("1985-03-12"))
                .andExpect(jsonPath("$.employeeType").value("PNS"))
                .andExpect(jsonPath("$.opdCode").value("DISKOMINFO"))
                .andExpect(jsonPath("$.opdName").value("Dinas Komunikasi dan Informatika"))
                .andExpect(jsonPath("$.rank").value("III/b"))
                .andExpect(jsonPath("$.positionName").value("Pranata Komputer Ahli Pertama"))
                .andExpect(jsonPath("$.positionKind").value("FUNGSIONAL"))
                .andExpect(jsonPath("$.positionLevel").value("AHLI_PERTAMA"))
                .andExpect(jsonPath("$.functionalProfession").isEmpty())
                .andExpect(jsonPath("$.homeLat").value(-2.548926))
                .andExpect(jsonPath("$.homeLon").value(112.951287))
                .andExpect(jsonPath("$.distanceKm").value(4.2))
                // exactly the documented fields: no id, version, phone or email
                .andExpect(jsonPath("$.length()").value(15))
                .andExpect(content().string(containsString("\"homeLat\":-2.548926")))
                .andExpect(content().string(containsString("\"distanceKm\":4.2")));
    }

    @Test
    void nullsStayInTheBody() throws Exception {
        when(employees.get(EmployeeMother.PHL_NUMBER)).thenReturn(EmployeeMother.honorary());

        mvc.perform(get("/api/v1/employees/{nip}", EmployeeMother.PHL_NUMBER).with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.employeeType").value("NON_ASN_PHL"))
                .andExpect(content().string(containsString("\"rank\":null")))
                .andExpect(content().string(containsString("\"distanceKm\":null")));
    }

    @Test
    void unknownNipIsA404Problem() throws Exception {
        when(employees.get("999")).thenThrow(new NotFoundProblem("employee.error.notFound", "999"));

        mvc.perform(get("/api/v1/employees/999").with(as(Role.ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value(containsString("999")));
    }

    @Test
    void outsideScopeIsA403Problem() throws Exception {
        when(employees.get(NIP)).thenThrow(new AccessDeniedProblem("employee outside scope"));

        mvc.perform(get("/api/v1/employees/{nip}", NIP).with(as(new CurrentUser("kadinkes", Role.OPD_HEAD, "DINKES", null))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("Forbidden"));
    }

    @Test
    void withoutCredentialsIs401NotALoginRedirect() throws Exception {
        mvc.perform(get("/api/v1/employees/{nip}", NIP))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    }

    // issue 7 §3: browsers cache Basic credentials, so a third-party page could call the API as the officer
    @Test
    void crossSiteBrowserRequestsToTheApiAreRefused() throws Exception {
        when(employees.get(NIP)).thenReturn(EmployeeMother.pns());

        mvc.perform(get("/api/v1/employees/{nip}", NIP).with(as(Role.ADMIN)).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/employees/{nip}", NIP).with(as(Role.ADMIN)).header("Sec-Fetch-Site", "same-site"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/employees/{nip}", NIP).with(as(Role.ADMIN)).header("Origin", "https://evil.example"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/employees/{nip}", NIP).with(as(Role.ADMIN)).header("Origin", "null"))
                .andExpect(status().isForbidden());
    }

    @Test
    void sameOriginAndNonBrowserClientsStillUseTheApi() throws Exception {
        when(employees.get(NIP)).thenReturn(EmployeeMother.pns());

        // a script or another system: no Sec-Fetch-* and no Origin
        mvc.perform(get("/api/v1/employees/{nip}", NIP).with(as(Role.ADMIN))).andExpect(status().isOk());
        // the app's own pages (Swagger UI)
        mvc.perform(get("/api/v1/employees/{nip}", NIP).with(as(Role.ADMIN)).header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "http://localhost")).andExpect(status().isOk());
        // typed into the address bar
        mvc.perform(get("/api/v1/employees/{nip}", NIP).with(as(Role.ADMIN)).header("Sec-Fetch-Site", "none"))
                .andExpect(status().isOk());
    }
}
