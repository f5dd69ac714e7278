package id.merit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.identity.domain.UserService;
import id.merit.shared.Role;
import id.merit.support.Http;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import id.merit.support.UiSession;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 7 §3: an account's open sessions end the moment it is disabled, its password reset or its role changed;
 * logins, failed logins and lockouts are in the audit trail; a locked account answers exactly like a wrong password.
 */
@MeritIntegrationTest
class AccountSessionsIT {
    private static final String PASSWORD = "Correct#Pass123";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    private UserView officer(String prefix) {
        return users.createUnchecked(new NewUser(prefix + System.nanoTime() % 1_000_000, PASSWORD, Role.OFFICER, null, null, null), false);
    }

    private UiSession loggedIn(UserView u) {
        UiSession s = new UiSession(port);
        assertThat(s.login(u.username(), PASSWORD)).isEqualTo("/");
        assertThat(s.get("/employees").statusCode()).isEqualTo(200);
        return s;
    }

    private static void assertLoggedOut(UiSession s) {
        var r = s.get("/employees");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAtOnce() {
        UserView u = officer("dis");
        UiSession first = loggedIn(u);
        UiSession second = loggedIn(u);
        TestUsers.runAs(Role.ADMIN, null, null);
        users.setEnabled(u.id(), false);
        assertLoggedOut(first);
        assertLoggedOut(second);
    }

    @Test
    void resettingThePasswordEndsOpenSessions() {
        UserView u = officer("pwr");
        UiSession s = loggedIn(u);
        TestUsers.runAs(Role.ADMIN, null, null);
        users.resetPassword(u.id(), "Another#Pass456");
        assertLoggedOut(s);
    }

    @Test
    void changingTheRoleEndsOpenSessionsAndOthersKeepTheirs() {
        UserView u = officer("role");
        UserView other = officer("keep");
        UiSession s = loggedIn(u);
        UiSession untouched = loggedIn(other);
        TestUsers.runAs(Role.ADMIN, null, null);
        users.changeRole(u.id(), Role.REGENT, null, null);
        assertLoggedOut(s);
        assertThat(untouched.get("/employees").statusCode()).isEqualTo(200);
        // the new role applies from the next login
        UiSession again = loggedIn(u);
        assertThat(again.get("/imports").statusCode()).isEqualTo(403);
    }

    @Test
    void aLockedAccountAnswersExactlyLikeAWrongPassword() {
        UserView u = officer("lck");
        Http api = new Http(port);
        for (int i = 0; i < 5; i++) {
            assertThat(new UiSession(port).login(u.username(), "wrong" + i)).isEqualTo("/login?error");
        }
        // locked now: the right password gets the wrong-password answer, in the UI and the API
        assertThat(new UiSession(port).login(u.username(), PASSWORD)).isEqualTo("/login?error");
        assertThat(new UiSession(port).login("nobody" + System.nanoTime(), PASSWORD)).isEqualTo("/login?error");
        var locked = api.get("/api/v1/employees/x", u.username(), PASSWORD);
        var wrong = api.get("/api/v1/employees/x", "nobody" + System.nanoTime(), PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(wrong.body());
        // and the login page shows the same text
        UiSession page = new UiSession(port);
        assertThat(page.get("/login?error").body()).contains("Nama pengguna atau kata sandi salah");
    }

    @Test
    void loginsFailedLoginsAndLockoutsAreAudited() {
        UserView u = officer("aud");
        loggedIn(u);
        for (int i = 0; i < 5; i++) {
            new UiSession(port).login(u.username(), "wrong" + i);
        }
        new UiSession(port).login(u.username(), PASSWORD); // refused: locked
        List<String> trail = jdbc.queryForList("SELECT actor || ' ' || action || ' ' || coalesce(summary, '') FROM audit.audit_event "
                + "WHERE entity_type = 'USER' AND entity_key = ? ORDER BY id", String.class, u.username());
        assertThat(trail).filteredOn(t -> t.startsWith(u.username() + " LOGIN login succeeded")).hasSize(1);
        assertThat(trail).filteredOn(t -> t.startsWith(u.username() + " LOGIN login failed: bad credentials")).hasSize(5);
        assertThat(trail).filteredOn(t -> t.contains("locked after 5 failed logins")).hasSize(1);
        assertThat(trail).filteredOn(t -> t.startsWith(u.username() + " LOGIN login failed: account locked")).hasSize(1);
    }
}
