package id.merit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "admin, Admin#Test2026, null",                           // the test configuration's first administrator
            "admin1234x, ADMIN1234X, user.error.passwordContainsUsername", // the username itself, in any case
            "budi, Rahasia#2026x, null",
            "admin, short1, user.error.passwordShort",
            "admin, onlyletters!!, user.error.passwordWeak",
    })
    void rules(String username, String password, String expected) {
        assertThat(PasswordPolicy.check(username, password).orElse(null)).isEqualTo(expected);
    }
}
