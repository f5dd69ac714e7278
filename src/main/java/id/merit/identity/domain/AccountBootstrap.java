package id.merit.identity.domain;

import id.merit.identity.NewUser;
import id.merit.shared.DemoMode;
import id.merit.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * First administrator from MERIT_ADMIN_USERNAME / MERIT_ADMIN_PASSWORD when none exists (interchange.md §1).
 * Outside demo mode start-up fails when no administrator can be made, and when any account still has the demo
 * password: production never accepts it.
 */
@Component
@Order(10)
class AccountBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    private final UserService users;
    private final Environment env;

    AccountBootstrap(UserService users, Environment env) {
        this.users = users;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demo = DemoMode.enabled(env);
        String username = env.getProperty("merit.admin.username", "admin");
        String password = env.getProperty("merit.admin.password", "");
        if (!demo) {
            refuseDemoPasswords(password);
        }
        if (users.adminExists()) {
            return;
        }
        if (!StringUtils.hasText(password)) {
            if (!demo) {
                throw new IllegalStateException("No administrator exists and MERIT_ADMIN_PASSWORD is not set. "
                        + "Set MERIT_ADMIN_PASSWORD (10+ characters with letters and digits) to create the first administrator.");
            }
            users.createUnchecked(new NewUser(username, DemoMode.DEMO_PASSWORD, Role.ADMIN, null, null, "Administrator"), true);
            log.info("Demo mode: administrator '{}' created with the demo password (see README)", username);
            return;
        }
        users.createUnchecked(new NewUser(username, password, Role.ADMIN, null, null, "Administrator"), false);
        log.info("First administrator '{}' created from MERIT_ADMIN_* variables", username);
    }

    private void refuseDemoPasswords(String adminPassword) {
        if (DemoMode.DEMO_PASSWORD.equals(adminPassword)) {
            throw new IllegalStateException("MERIT_ADMIN_PASSWORD is the published demo password; choose another one.");
        }
        long demoAccounts = users.demoAccounts();
        if (demoAccounts > 0) {
            throw new IllegalStateException(demoAccounts + " account(s) still use the demo password. Merit does not start "
                    + "outside demo mode until they are changed or disabled (start once with MERIT_DEMO=true and reset them).");
        }
    }
}
