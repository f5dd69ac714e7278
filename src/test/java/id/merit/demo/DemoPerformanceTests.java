package id.merit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.EmployeeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo SKP history: deterministic, ASN only, a realistic spread, no years before the first position. */
class DemoPerformanceTests {

    private static List<DemoPerformance.Member> staff(int n) {
        List<DemoPerformance.Member> out = new ArrayList<>();
        EmployeeType[] types = EmployeeType.values();
        for (int i = 0; i < n; i++) {
            out.add(new DemoPerformance.Member(String.format("DEMO%06d", i), types[i % types.length],
                    i % 50 == 0 ? LocalDate.of(2025, 2, 1) : LocalDate.of(2010, 1, 4)));
        }
        return out;
    }

    @Test
    void sameSeedSameFileWhateverTheOrder() {
        List<DemoPerformance.Member> staff = staff(300);
        List<DemoPerformance.Member> shuffled = new ArrayList<>(staff);
        Collections.reverse(shuffled);
        assertThat(new DemoPerformance(1).csv(shuffled)).isEqualTo(new DemoPerformance(1).csv(staff));
        assertThat(new DemoPerformance(2).csv(staff)).isNotEqualTo(new DemoPerformance(1).csv(staff));
    }

    @Test
    void onlyPnsAndPppkWithARealisticSpread() {
        List<DemoPerformance.Member> staff = staff(6000);
        List<String> rows = new DemoPerformance(20260101L).csv(staff).lines().skip(1).toList();
        List<String> asn = staff.stream().filter(m -> m.type() == EmployeeType.PNS || m.type() == EmployeeType.PPPK)
                .map(DemoPerformance.Member::nip).toList();
        assertThat(rows).allSatisfy(r -> assertThat(asn).contains(r.split(",")[0]));
        List<String> y2025 = rows.stream().filter(r -> r.contains(",2025,ANNUAL,")).toList();
        assertThat(y2025).hasSize(asn.size());
        long sangatBaik = y2025.stream().filter(r -> r.endsWith(",ABOVE,ABOVE,")).count();
        long baik = y2025.stream().filter(r -> r.endsWith(",MEETS,MEETS,") || r.endsWith(",ABOVE,MEETS,") || r.endsWith(",MEETS,ABOVE,"))
                .count();
        long poor = y2025.stream().filter(r -> r.contains(",BELOW,")).count();
        assertThat(sangatBaik).isBetween(y2025.size() * 6L / 100, y2025.size() * 14L / 100);
        assertThat(baik).isGreaterThan(y2025.size() * 70L / 100);
        assertThat(poor).isBetween(y2025.size() * 2L / 100, y2025.size() * 12L / 100);
        assertThat(rows.stream().filter(r -> r.contains(",2023,ANNUAL,,,"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r).matches(".*,(SANGAT_BAIK|BAIK|CUKUP|KURANG|SANGAT_KURANG)"));
    }

    @Test
    void noYearBeforeTheFirstPosition() {
        DemoPerformance.Member recent = new DemoPerformance.Member("RECENT", EmployeeType.PNS, LocalDate.of(2025, 2, 1));
        assertThat(new DemoPerformance(5).csv(List.of(recent)).lines().skip(1).toList())
                .singleElement().satisfies(r -> assertThat(r).startsWith("RECENT,2025,ANNUAL,"));
    }
}
