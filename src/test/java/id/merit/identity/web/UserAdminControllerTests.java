package id.merit.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static id.merit.support.TestUsers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import id.merit.identity.NewUser;
import id.merit.identity.UserView;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdQueries;
import id.merit.shared.BusinessProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = {UserAdminController.class, UserApiController.class})
@Import(id.merit.system.security.SecurityConfig.class)
class UserAdminControllerTests {
    static final UserView LOCKED = new UserView(7, "kadinkes", "Kepala Dinas", Role.OPD_HEAD, "DINKES", null, true, true, 0, null, 1);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    UserService users;
    @MockitoBean
    OpdQueries opds;

    @BeforeEach
    void setUp() {
        given(users.search(any(), anyInt(), anyInt())).willReturn(new PagedResult<>(List.of(LOCKED), 0, 25, 1));
        given(opds.tree()).willReturn(List.of());
    }

    @Test
    void onlyAdministratorsManageUsers() throws Exception {
        mvc.perform(get("/admin/users").with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("kadinkes"))).andExpect(content().string(containsString("Terkunci")))
                .andExpect(content().string(containsString("data-confirm")));
        for (Role r : new Role[] {Role.OFFICER, Role.OPD_HEAD, Role.REGENT, Role.ASSESSOR, Role.EMPLOYEE}) {
            mvc.perform(get("/admin/users").with(as(r))).andExpect(status().isForbidden());
        }
    }

    @Test
    void createShowsPolicyRefusalsOnTheFieldAndNeverEchoesThePassword() throws Exception {
        given(users.create(any())).willThrow(new BusinessProblem("password", "user.error.passwordWeak"));
        mvc.perform(post("/admin/users/new").with(as(Role.ADMIN)).with(csrf()).param("username", "baru").param("role", "OFFICER")
                        .param("password", "abcdefghijk").param("passwordConfirm", "abcdefghijk"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "password", "user.error.passwordWeak"))
                .andExpect(content().string(not(containsString("abcdefghijk"))));
    }

    @Test
    void theFormRowsShowTheRefusalAndKeepTheInputAfterAFailedSubmit() throws Exception {
        given(users.create(any())).willThrow(new BusinessProblem("password", "user.error.passwordWeak"));
        String html = mvc.perform(post("/admin/users/new").with(as(Role.ADMIN)).with(csrf()).param("username", "baru")
                        .param("displayName", "Pegawai Baru").param("role", "OFFICER")
                        .param("password", "abcdefghijk").param("passwordConfirm", "abcdefghijk"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html)
                // label wired to the field, the required mark, the entered values kept
                .contains("<label class=\"form-label\" for=\"username\"><span>Nama pengguna</span><span class=\"text-danger ms-1\"")
                .contains("id=\"username\" name=\"username\" value=\"baru\"")
                .contains("value=\"Pegawai Baru\"")
                .contains("<option value=\"OFFICER\" selected=\"selected\">")
                // the refusal on the password field, which is marked invalid
                .contains("<div class=\"invalid-feedback d-block\">Kata sandi harus memuat huruf dan angka.</div>")
                .containsPattern("<input class=\"form-control is-invalid\" type=\"password\"[^>]*id=\"password\"");
    }

    @Test
    void mismatchedConfirmationIsRefusedBeforeTheService() throws Exception {
        mvc.perform(post("/admin/users/new").with(as(Role.ADMIN)).with(csrf()).param("username", "baru").param("role", "OFFICER")
                        .param("password", "Rahasia#2026").param("passwordConfirm", "Rahasia#2027"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "passwordConfirm", "user.error.passwordMismatch"));
        verify(users, never()).create(any());
    }

    @Test
    void createRedirectsWithFlash() throws Exception {
        mvc.perform(post("/admin/users/new").with(as(Role.ADMIN)).with(csrf()).param("username", "baru").param("role", "REGENT")
                        .param("password", "Rahasia#2026").param("passwordConfirm", "Rahasia#2026"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users")).andExpect(flash().attribute("success", "user.saved"));
        verify(users).create(new NewUser("baru", "Rahasia#2026", Role.REGENT, null, null, null));
    }

    @Test
    void unlockAndDisableNeedCsrfAndAdmin() throws Exception {
        mvc.perform(post("/admin/users/7/unlock").with(as(Role.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/7/unlock").with(as(Role.OFFICER)).with(csrf())).andExpect(status().isForbidden());
        verify(users, never()).unlock(7);
        mvc.perform(post("/admin/users/7/unlock").with(as(Role.ADMIN)).with(csrf())).andExpect(status().isFound());
        verify(users).unlock(7);
        willThrow(new BusinessProblem(null, "user.error.selfDisable")).given(users).setEnabled(eq(1L), eq(false));
        mvc.perform(post("/admin/users/1/enabled").param("enabled", "false").with(as(Role.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("error", "user.error.selfDisable"));
    }

    @Test
    void apiCreateIs201ForAdminOnly() throws Exception {
        given(users.create(any())).willReturn(new UserView(9, "bupati2", null, Role.REGENT, null, null, true, false, 0, null, 0));
        String body = "{\"username\":\"bupati2\",\"password\":\"Rahasia#2026\",\"role\":\"REGENT\"}";
        mvc.perform(post("/api/v1/users").with(as(Role.ADMIN)).contentType("application/json").content(body))
                .andExpect(status().isCreated()).andExpect(content().string(containsString("\"username\":\"bupati2\"")))
                .andExpect(content().string(not(containsString("Rahasia"))));
        mvc.perform(post("/api/v1/users").with(as(Role.OFFICER)).contentType("application/json").content(body))
                .andExpect(status().isForbidden());
    }

    @Test
    void changingTheRoleGoesThroughTheServiceAndShowsRefusals() throws Exception {
        given(users.get(7)).willReturn(LOCKED);
        mvc.perform(get("/admin/users/7/role").with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("kadinkes"))).andExpect(content().string(containsString("diakhiri")));
        mvc.perform(get("/admin/users/7/role").with(as(Role.OFFICER))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/7/role").with(as(Role.ADMIN)).with(csrf()).param("role", "REGENT"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users")).andExpect(flash().attribute("success", "user.roleChanged"));
        verify(users).changeRole(7, Role.REGENT, null, null);
        given(users.changeRole(7, Role.OPD_HEAD, "", null)).willThrow(new BusinessProblem("opdCode", "user.error.opdRequired"));
        mvc.perform(post("/admin/users/7/role").with(as(Role.ADMIN)).with(csrf()).param("role", "OPD_HEAD").param("opdCode", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kepala OPD harus terikat")))
                // a form without th:object (unbound rows): the submitted role stays selected
                .andExpect(content().string(containsString("<option value=\"OPD_HEAD\" selected=\"selected\">")));
    }
}
