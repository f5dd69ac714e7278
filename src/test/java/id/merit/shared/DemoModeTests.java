package id.merit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Demo accounts carry a published password: a container (a packaged jar) must never get them by default. */
class DemoModeTests {

    @ParameterizedTest(name = "MERIT_DEMO={0}, embedded db={1}, packaged jar={2} -> demo {3}")
    @CsvSource(nullValues = "null", value = {
            // the README's run command: source tree, embedded database
            "null,  true,  false, true",
            "'',    true,  false, true",
            // the Docker image without SPRING_DATASOURCE_URL: packaged jar on the embedded database -> no demo
            "null,  true,  true,  false",
            "'  ',  true,  true,  false",
            // a real database never defaults to demo
            "null,  false, false, false",
            "null,  false, true,  false",
            // an explicit MERIT_DEMO always wins
            "true,  true,  true,  true",
            "TRUE,  false, true,  true",
            "' true ', true, true, true",
            "false, true,  false, false",
            "no,    true,  false, false",
    })
    void demoModeNeedsAnExplicitSettingInAPackagedJar(String explicit, boolean embedded, boolean packaged, boolean expected) {
        assertThat(DemoMode.enabled(explicit, embedded, packaged)).isEqualTo(expected);
    }

    @Test
    void testsRunFromCompiledClassesNotAJar() {
        assertThat(DemoMode.packaged()).isFalse();
    }
}
