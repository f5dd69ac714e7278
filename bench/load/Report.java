import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the per-response logs of bench/load/mix.lua ("page, status, microseconds, expected status" per line, one file
 * per wrk thread) of one or more runs and prints, per page, requests/s, p50/p95/p99 latency in ms and errors (a status
 * other than the expected one: 200 for pages, 204 for ping, 302 for an accepted import); with several runs, the median
 * of each figure over the runs.
 *
 * Usage: java Report.java SECONDS RUN_DIR...
 */
public class Report {

    record Stats(long requests, double perSecond, double p50, double p95, double p99, long errors) {
    }

    public static void main(String[] args) throws IOException {
        double seconds = Double.parseDouble(args[0]);
        List<Map<String, Stats>> runs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            runs.add(run(Path.of(args[i]), seconds));
        }
        TreeMap<String, Stats> median = new TreeMap<>();
        runs.stream().flatMap(r -> r.keySet().stream()).distinct().forEach(page -> median.put(page, new Stats(
                (long) median(runs, page, s -> (double) s.requests()), median(runs, page, Stats::perSecond),
                median(runs, page, Stats::p50), median(runs, page, Stats::p95), median(runs, page, Stats::p99),
                (long) median(runs, page, s -> (double) s.errors()))));
        System.out.printf("%-16s %9s %9s %9s %9s %9s %7s%n", "page", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors");
        median.forEach((page, s) -> System.out.printf("%-16s %9d %9.1f %9.1f %9.1f %9.1f %7d%n",
                page, s.requests(), s.perSecond(), s.p50(), s.p95(), s.p99(), s.errors()));
    }

    interface Figure {
        double of(Stats s);
    }

    static double median(List<Map<String, Stats>> runs, String page, Figure f) {
        double[] v = runs.stream().map(r -> r.get(page)).filter(s -> s != null).mapToDouble(f::of).sorted().toArray();
        return v.length == 0 ? 0 : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static Map<String, Stats> run(Path dir, double seconds) throws IOException {
        Map<String, List<long[]>> byPage = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("thread-")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    String[] c = line.split("\t");
                    if (c.length == 4) {
                        byPage.computeIfAbsent(c[0], k -> new ArrayList<>())
                                .add(new long[] {Long.parseLong(c[1]), Long.parseLong(c[2]), Long.parseLong(c[3])});
                    }
                }
            }
        }
        Map<String, Stats> out = new TreeMap<>();
        byPage.forEach((page, rows) -> {
            long[] micros = rows.stream().mapToLong(r -> r[1]).sorted().toArray();
            long errors = rows.stream().filter(r -> r[0] != r[2]).count();
            out.put(page, new Stats(rows.size(), rows.size() / seconds, pct(micros, 50), pct(micros, 95), pct(micros, 99), errors));
        });
        return out;
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double pct(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
    }
}
