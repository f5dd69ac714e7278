package id.merit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.identity.domain.MeritUserDetails;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.domain.OpdService;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import id.merit.support.UiSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 7 §3: an OPD head's scope was the OPD code as text; renaming the code dropped it, and a new OPD given the old
 * code inherited it. The account is bound to the OPD's id.
 */
@MeritIntegrationTest
class OpdHeadBindingIT {
    private static final String PASSWORD = "Kepala#Opd2026";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    OpdService opds;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void renamingTheOpdCodeKeepsTheHeadsScopeAndANewOpdWithTheOldCodeGetsNone() {
        String suffix = String.valueOf(System.nanoTime() % 100000);
        String oldCode = "HB" + suffix;
        String newCode = "HBN" + suffix;
        TestUsers.runAs(Role.ADMIN, null, null);
        long opdId = opds.create(new OpdCommands.OpdData(oldCode, "Dinas Lama " + suffix, OpdKind.DINAS, null, null, null, null));
        UserView head = users.createUnchecked(new NewUser("kepala" + suffix, PASSWORD, Role.OPD_HEAD, oldCode, null, null), false);
        assertThat(jdbc.queryForObject("SELECT opd_id FROM identity.app_user WHERE id = ?", Long.class, head.id())).isEqualTo(opdId);

        UiSession session = new UiSession(port);
        assertThat(session.login(head.username(), PASSWORD)).isEqualTo("/");
        assertThat(session.get("/employees").statusCode()).isEqualTo(200);

        TestUsers.runAs(Role.ADMIN, null, null);
        opds.update(opdId, new OpdCommands.OpdData(newCode, "Dinas Baru " + suffix, OpdKind.DINAS, null, null, null, null),
                opds.version(opdId).orElseThrow());
        // the session that still carried the old code has ended; the account follows the OPD
        assertThat(session.get("/employees").statusCode()).isEqualTo(302);
        assertThat(users.get(head.id()).opdCode()).isEqualTo(newCode);
        assertThat(((MeritUserDetails) users.loadUserByUsername(head.username())).currentUser().opdCode()).isEqualTo(newCode);

        // a new OPD with the old code does not inherit the head
        opds.create(new OpdCommands.OpdData(oldCode, "Dinas Lain " + suffix, OpdKind.DINAS, null, null, null, null));
        assertThat(((MeritUserDetails) users.loadUserByUsername(head.username())).currentUser().opdCode()).isEqualTo(newCode);
        assertThat(jdbc.queryForObject("SELECT opd_id FROM identity.app_user WHERE id = ?", Long.class, head.id())).isEqualTo(opdId);
    }
}
