package id.merit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoAssessmentsTests {

    static final List<String> NIPS = IntStream.range(0, 2000).mapToObj(i -> "19800101200501" + (1000 + i)).toList();

    @Test
    void deterministicPerNipAndAboutThirtyPercent() {
        String a = new DemoAssessments(20260101L).csv(NIPS);
        assertThat(new DemoAssessments(20260101L).csv(NIPS)).isEqualTo(a);
        assertThat(new DemoAssessments(7L).csv(NIPS)).isNotEqualTo(a);
        // a person's rows do not depend on who else is in the list
        String alone = new DemoAssessments(20260101L).csv(NIPS.subList(0, 100));
        assertThat(a).startsWith(alone);

        List<String> rows = a.lines().skip(1).toList();
        long people = rows.stream().map(r -> r.split(",")[0]).distinct().count();
        assertThat(people).isBetween(500L, 700L);
        assertThat(rows).anyMatch(r -> r.contains(",SELECTION,")).anyMatch(r -> r.contains(",2024-") && r.contains(",MAPPING,"))
                .anyMatch(r -> r.contains(",2025-") && r.contains(",MAPPING,"));
        assertThat(rows.stream().filter(r -> r.contains(",MAPPING,")).count()).isGreaterThan(rows.size() * 3L / 4);
        for (String r : rows) {
            String[] c = r.split(",");
            assertThat(c).hasSize(5);
            for (String score : new String[] {c[3], c[4]}) {
                BigDecimal d = new BigDecimal(score);
                assertThat(d.scale()).isEqualTo(2);
                assertThat(d).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
            }
        }
    }
}
