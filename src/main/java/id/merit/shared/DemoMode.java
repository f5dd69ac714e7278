package id.merit.shared;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Demo mode seeds the demo regency and one account per role. It is on by default only with the embedded
 * database (the README's run command); {@code MERIT_DEMO=true|false} overrides.
 */
public final class DemoMode {
    /** The password of every demo account (README). Outside demo mode no account may use it. */
    public static final String DEMO_PASSWORD = "Merit#Demo2026";

    private DemoMode() {
    }

    public static boolean enabled(Environment env) {
        String explicit = env.getProperty("merit.demo.enabled");
        if (StringUtils.hasText(explicit)) {
            return Boolean.parseBoolean(explicit.trim());
        }
        return env.getProperty("merit.embedded-db.active", Boolean.class, false);
    }
}
