package id.merit.professionalism.domain;

import id.merit.professionalism.IpAsnSummary;
import id.merit.professionalism.OpdRank;
import id.merit.professionalism.ProfessionalismQueries;
import id.merit.professionalism.rules.IpAsnCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** {@link ProfessionalismQueries} over the stored year: one GROUP BY for the distribution, the stored OPD league. */
@Service
class IpAsnFigures implements ProfessionalismQueries {
    private final IndexStore store;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final IpAsnService service;

    IpAsnFigures(IndexStore store, JdbcTemplate jdbc, Clock clock, IpAsnService service) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
        this.service = service;
    }

    @Override
    public List<id.merit.professionalism.IpAsnLine> history(id.merit.employee.EmployeeView employee, int from, int to) {
        List<id.merit.professionalism.IpAsnLine> lines = new java.util.ArrayList<>(service.history(employee, Math.max(from, IpAsnService.FIRST_YEAR), to)
                .stream().map(r -> new id.merit.professionalism.IpAsnLine(r.year(), r.total(), r.category() == null ? null : r.category().name())).toList());
        java.util.Collections.reverse(lines);
        return lines;
    }

    @Override
    public Optional<IpAsnSummary> summary(int year) {
        if (!measurable(year)) {
            return Optional.empty();
        }
        store.ensure(year);
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (IpAsnCategory c : IpAsnCategory.values()) {
            byCategory.put(c.name(), 0L);
        }
        long[] total = {0};
        BigDecimal[] sum = {BigDecimal.ZERO};
        jdbc.query("SELECT category, count(*), sum(total) FROM professionalism.index WHERE year = ? GROUP BY category", rs -> {
            byCategory.put(rs.getString(1), rs.getLong(2));
            total[0] += rs.getLong(2);
            sum[0] = sum[0].add(rs.getBigDecimal(3));
        }, year);
        BigDecimal mean = total[0] == 0 ? null : sum[0].divide(BigDecimal.valueOf(total[0]), 2, RoundingMode.HALF_UP);
        return Optional.of(new IpAsnSummary(year, total[0], mean, byCategory));
    }

    @Override
    public List<OpdRank> opdLeague(int year) {
        if (!measurable(year)) {
            return List.of();
        }
        store.ensure(year);
        return store.opds(year);
    }

    private boolean measurable(int year) {
        return year >= IpAsnService.FIRST_YEAR && year <= LocalDate.now(clock).getYear() + 1;
    }
}
