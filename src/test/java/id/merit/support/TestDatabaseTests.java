package id.merit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The integration tests' database choice (conventions.md "Database: PostgreSQL everywhere"), every combination. */
class TestDatabaseTests {

    @ParameterizedTest(name = "url={0}, docker={1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            // url given wins, and Docker is not even asked
            "jdbc:postgresql://db:5432/merit, AVAILABLE, GIVEN_URL, 0",
            "jdbc:postgresql://db:5432/merit, ABSENT,    GIVEN_URL, 0",
            "jdbc:postgresql://db:5432/merit, THROWS,    GIVEN_URL, 0",
            // no url: a reachable Docker engine gives the container
            "null,                            AVAILABLE, CONTAINER, 1",
            "'',                              AVAILABLE, CONTAINER, 1",
            "'   ',                           AVAILABLE, CONTAINER, 1",
            // no url, no Docker (or a check that fails): the embedded server, as before
            "null,                            ABSENT,    EMBEDDED,  1",
            "'',                              ABSENT,    EMBEDDED,  1",
            "null,                            THROWS,    EMBEDDED,  1",
            "null,                            LINKAGE,   EMBEDDED,  1",
    })
    void choosesTheDatabase(String url, Docker docker, TestDatabase.Kind expected, int dockerAsked) {
        AtomicInteger asked = new AtomicInteger();
        TestDatabase.Choice choice = TestDatabase.choose(url, () -> {
            asked.incrementAndGet();
            return docker.getAsBoolean();
        });

        assertThat(choice.kind()).isEqualTo(expected);
        assertThat(asked).hasValue(dockerAsked);
        assertThat(choice.describe()).startsWith("Integration tests run on").contains(choice.reason());
    }

    @ParameterizedTest
    @CsvSource({
            "GIVEN_URL, false",
            "CONTAINER, true",
            "EMBEDDED,  false",
    })
    void onlyTheContainerSwitchesTheEmbeddedServerOff(TestDatabase.Kind kind, boolean embeddedOff) {
        var props = TestDatabaseEnvironment.properties(new TestDatabase.Choice(kind, "test"));

        assertThat(props).containsEntry("merit.test-db.choice", kind.name());
        if (embeddedOff) {
            assertThat(props).containsEntry("merit.embedded-db.enabled", "false");
        } else {
            assertThat(props).doesNotContainKey("merit.embedded-db.enabled");
        }
    }

    enum Docker implements BooleanSupplier {
        AVAILABLE, ABSENT, THROWS, LINKAGE;

        @Override
        public boolean getAsBoolean() {
            return switch (this) {
                case AVAILABLE -> true;
                case ABSENT -> false;
                case THROWS -> throw new IllegalStateException("Could not find a valid Docker environment");
                case LINKAGE -> throw new NoClassDefFoundError("com/github/dockerjava/api/DockerClient");
            };
        }
    }
}
