package id.merit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.identity.PasswordPolicy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One-time passwords for the hand-over sheet: readable, policy-proof, and not predictable. */
class OneTimePasswordsTests {

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 2026, 987654321})
    void tenCharactersFromTheReadableAlphabetWithALetterAndADigit(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            String p = OneTimePasswords.generate(random);
            assertThat(p).hasSize(10);
            assertThat(p.chars()).allMatch(c -> OneTimePasswords.ALPHABET.indexOf(c) >= 0);
            assertThat(p).doesNotContainAnyWhitespaces();
            assertThat(PasswordPolicy.check("198503122010011002", p)).as(p).isEmpty();
        }
    }

    @Test
    void theAlphabetLeavesOutCharactersReadersConfuse() {
        for (char c : "0O1Il o".toCharArray()) {
            assertThat(OneTimePasswords.ALPHABET).doesNotContain(String.valueOf(c));
        }
        assertThat(OneTimePasswords.ALPHABET.chars().distinct().count()).isEqualTo(OneTimePasswords.ALPHABET.length()).isEqualTo(56);
    }

    @Test
    void randomEnoughNoRepeatsAndSymbolsEvenlyUsed() {
        Random random = new Random(7);
        Set<String> seen = new HashSet<>();
        Map<Character, Integer> counts = new HashMap<>();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            String p = OneTimePasswords.generate(random);
            assertThat(seen.add(p)).as("repeat %s", p).isTrue();
            for (char c : p.toCharArray()) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        // every symbol is used; within letters and within digits none is far off the class's mean (redrawing the
        // passwords without a digit favours digits as a class, ~1.27 times a letter's share, not any one symbol)
        assertThat(counts).hasSize(OneTimePasswords.ALPHABET.length());
        for (boolean digits : new boolean[] {false, true}) {
            var share = counts.entrySet().stream().filter(e -> Character.isDigit(e.getKey()) == digits).mapToInt(Map.Entry::getValue)
                    .summaryStatistics();
            assertThat(share.getMin()).as("digits=%s", digits).isGreaterThan((int) (share.getAverage() * 0.9));
            assertThat(share.getMax()).as("digits=%s", digits).isLessThan((int) (share.getAverage() * 1.1));
        }
    }

    @Test
    void theProductionGeneratorDiffersFromCallToCall() {
        var secure = new java.security.SecureRandom();
        assertThat(OneTimePasswords.generate(secure)).isNotEqualTo(OneTimePasswords.generate(secure));
    }

    @Test
    void aOneTimeHashIsCheapYetVerifiedByTheApplicationsEncoder() {
        String hash = EmployeeAccounts.ONE_TIME_ENCODER.encode("Abcdefgh23");
        assertThat(hash).startsWith("$2a$04$");
        assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(10).matches("Abcdefgh23", hash)).isTrue();
    }
}
