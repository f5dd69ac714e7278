package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly discipline figures per OPD (mission.md requirement 4: "40 warning letters and 2 punishments in 2021"):
 * reprimands (ringan: teguran lisan, teguran tertulis, PTP) and sedang/berat punishments by decision date — decided
 * in Merit or imported — cases opened in the year (open / closed) and field inspections. Each OPD is counted under
 * its top-level unit (a puskesmas under its dinas); an OPD head sees their OPD as one row. Set-based: four GROUP BY queries.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
public class StatsService {

    private final JdbcTemplate jdbc;
    private final OpdQueries opds;

    StatsService(JdbcTemplate jdbc, OpdQueries opds) {
        this.jdbc = jdbc;
        this.opds = opds;
    }

    /** One top-level unit's figures for the year. */
    public record Row(long opdId, String opdCode, String opdName, long teguranLisan, long teguranTertulis, long pernyataanTidakPuas,
                      long sedang, long berat, long casesOpen, long casesClosed, long inspections, long findings) {

        public long warningLetters() {
            return teguranLisan + teguranTertulis + pernyataanTidakPuas;
        }

        /** Sedang and berat punishments (the "hukuman disiplin" besides reprimands). */
        public long punishments() {
            return sedang + berat;
        }

        Row plus(Row o) {
            return new Row(opdId, opdCode, opdName, teguranLisan + o.teguranLisan, teguranTertulis + o.teguranTertulis,
                    pernyataanTidakPuas + o.pernyataanTidakPuas, sedang + o.sedang, berat + o.berat, casesOpen + o.casesOpen,
                    casesClosed + o.casesClosed, inspections + o.inspections, findings + o.findings);
        }

        boolean empty() {
            return warningLetters() + punishments() + casesOpen + casesClosed + inspections + findings == 0;
        }
    }

    public record YearStats(int year, List<Row> rows, Row total, List<Integer> years) {
    }

    public YearStats year(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        CurrentUser user = CurrentUser.require();
        Set<Long> scope = user.role() == Role.OPD_HEAD ? opds.subtreeIds(user.opdCode()) : null;
        OpdTree all = new OpdTree(opds.tree());
        Long headOpd = scope == null ? null : opds.byCode(user.opdCode()).map(OpdView::id).orElse(null);
        LongUnaryOperator tree = id -> headOpd != null ? headOpd : all.topLevel(id);
        Map<Long, long[]> acc = new LinkedHashMap<>();
        jdbc.query("SELECT opd_id, kind, count(*) FROM discipline.punishment WHERE decision_date BETWEEN ? AND ? GROUP BY opd_id, kind",
                rs -> {
                    PunishmentKind kind = PunishmentKind.valueOf(rs.getString(2));
                    int slot = switch (kind) {
                        case TEGURAN_LISAN -> 0;
                        case TEGURAN_TERTULIS -> 1;
                        case PERNYATAAN_TIDAK_PUAS -> 2;
                        case TUKIN_CUT, PENUNDAAN_KGB, PENUNDAAN_PANGKAT, PENURUNAN_PANGKAT -> 3;
                        case PENURUNAN_JABATAN, PEMBEBASAN_JABATAN, PEMBERHENTIAN -> 4;
                    };
                    add(acc, tree, scope, rs.getLong(1), slot, rs.getLong(3));
                }, from, to);
        jdbc.query("SELECT opd_id, stage IN ('OPENED','SUMMONED','EXAMINED'), count(*) FROM discipline.case_file "
                + "WHERE opened_on BETWEEN ? AND ? GROUP BY 1, 2", rs -> {
                    add(acc, tree, scope, rs.getLong(1), rs.getBoolean(2) ? 5 : 6, rs.getLong(3));
                }, from, to);
        jdbc.query("SELECT i.opd_id, count(DISTINCT i.id), count(f.id) FROM discipline.inspection i "
                + "LEFT JOIN discipline.finding f ON f.inspection_id = i.id WHERE i.inspected_on BETWEEN ? AND ? GROUP BY i.opd_id", rs -> {
                    add(acc, tree, scope, rs.getLong(1), 7, rs.getLong(2));
                    add(acc, tree, scope, rs.getLong(1), 8, rs.getLong(3));
                }, from, to);
        List<Row> rows = new ArrayList<>();
        Row total = new Row(0, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (OpdView o : opds.tree()) {
            long[] v = acc.get(o.id());
            if (v == null) {
                continue;
            }
            Row r = new Row(o.id(), o.code(), o.name(), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
            if (!r.empty()) {
                rows.add(r);
                total = total.plus(r);
            }
        }
        return new YearStats(year, rows, total, years(year));
    }

    /**
     * Counts under the unit they roll up to: the top-level unit, or for an OPD head their own OPD (only their OPD and its
     * sub-units are counted).
     */
    private static void add(Map<Long, long[]> acc, LongUnaryOperator rollUp, Set<Long> scope, long opdId, int slot, long n) {
        if (scope != null && !scope.contains(opdId)) {
            return;
        }
        acc.computeIfAbsent(rollUp.applyAsLong(opdId), k -> new long[9])[slot] += n;
    }

    /** The years with any record, and the year asked, newest first. */
    private List<Integer> years(int asked) {
        List<Integer> ys = new ArrayList<>(jdbc.queryForList("""
                SELECT y FROM (SELECT DISTINCT extract(year FROM decision_date)::int AS y FROM discipline.punishment
                  UNION SELECT DISTINCT extract(year FROM opened_on)::int FROM discipline.case_file
                  UNION SELECT DISTINCT extract(year FROM inspected_on)::int FROM discipline.inspection) t""", Integer.class));
        if (!ys.contains(asked)) {
            ys.add(asked);
        }
        ys.sort(java.util.Comparator.reverseOrder());
        return ys;
    }
}
