package id.merit.shared;

import java.net.URL;
import java.security.CodeSource;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Demo mode seeds the demo regency and one account per role, all with the published {@link #DEMO_PASSWORD}. It is
 * on by default only for the README's run command: the embedded database AND classes run from the source tree
 * ({@code ./mvnw spring-boot:run}, an IDE). A packaged jar — the container image, any deployment — never starts
 * demo accounts unless {@code MERIT_DEMO=true} is set explicitly; {@code MERIT_DEMO=true|false} always wins.
 */
public final class DemoMode {
    /** The password of every demo account (README). Outside demo mode no account may use it. */
    public static final String DEMO_PASSWORD = "Merit#Demo2026";

    private DemoMode() {
    }

    public static boolean enabled(Environment env) {
        return enabled(env.getProperty("merit.demo.enabled"), env.getProperty("merit.embedded-db.active", Boolean.class, false),
                packaged());
    }

    /** The decision itself: an explicit setting wins; otherwise demo only on the embedded database outside a packaged jar. */
    static boolean enabled(String explicit, boolean embeddedDatabase, boolean packagedJar) {
        if (StringUtils.hasText(explicit)) {
            return Boolean.parseBoolean(explicit.trim());
        }
        return embeddedDatabase && !packagedJar;
    }

    /** Whether Merit runs from a jar (its classes inside an archive) rather than from compiled classes in a folder. */
    static boolean packaged() {
        CodeSource source = DemoMode.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        // compiled classes: file:/…/target/classes/; a Spring Boot jar: jar:nested:/app/merit.jar/!BOOT-INF/classes/!/
        return location == null || !"file".equals(location.getProtocol()) || !location.getPath().endsWith("/");
    }
}
