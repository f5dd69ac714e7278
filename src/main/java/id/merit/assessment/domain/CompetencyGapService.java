package id.merit.assessment.domain;

import id.merit.assessment.AssessmentDetail;
import id.merit.assessment.rules.CompetencyGaps;
import id.merit.assessment.rules.CompetencyGaps.Gap;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.orgunit.PostQueries;
import id.merit.orgunit.PostView;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competency gaps of staff (PermenPANRB 38/2017, {@link CompetencyGaps}): for each employee, the latest assessment
 * with competency levels against the required levels of the post their current position fills (or, where the post
 * sets none or no post is linked, the standard levels of their position kind). For the employee page (already
 * scope-checked) and for the list of an OPD's staff, scoped here: BKPSDM and the regent every OPD, an OPD head their own
 * OPD and its sub-units.
 */
@Service
@Transactional(readOnly = true)
public class CompetencyGapService {
    public static final int PAGE_SIZE = 50;

    private static final String SELECT = """
            SELECT DISTINCT ON (a.employee_id) a.id, e.nip, e.name, e.opd_id, e.position_kind, e.position_level,
                   a.assessment_date, a.purpose, a.jpm, a.potential_score, %s,
                   (SELECT ph.post_code FROM employee.position_history ph
                     WHERE ph.employee_id = e.id AND ph.end_date IS NULL ORDER BY ph.start_date DESC LIMIT 1) AS post_code
              FROM assessment.assessment a JOIN employee.employee e ON e.id = a.employee_id
             WHERE num_nonnulls(%s) > 0
            """.formatted(columns("a."), columns("a."));
    private static final String ORDER = " ORDER BY a.employee_id, a.assessment_date DESC, (a.purpose = 'SELECTION') DESC";

    private final JdbcTemplate jdbc;
    private final PostQueries posts;
    private final OpdQueries opds;

    CompetencyGapService(JdbcTemplate jdbc, PostQueries posts, OpdQueries opds) {
        this.jdbc = jdbc;
        this.posts = posts;
        this.opds = opds;
    }

    private static String columns(String prefix) {
        return Arrays.stream(AssessmentWriter.LEVEL_COLUMNS).map(c -> prefix + c).collect(Collectors.joining(", "));
    }

    /**
     * One employee's gaps. {@code post} the linked post (null: none linked, the standard levels of {@code positionKind}
     * apply); {@code assessment} the latest assessment with levels.
     */
    public record StaffGaps(String nip, String name, String opdCode, String opdName, PostView post, String positionKind,
                            AssessmentDetail assessment, List<Gap> gaps) {
        public long gapCount() {
            return gaps.stream().filter(g -> g.status() == CompetencyGaps.Status.GAP).count();
        }

        public List<Gap> open() {
            return gaps.stream().filter(g -> g.status() == CompetencyGaps.Status.GAP).toList();
        }

        public boolean standardUsed() {
            return gaps.stream().anyMatch(g -> g.source() == CompetencyGaps.Source.STANDARD);
        }
    }

    /** The list page: {@code opd} the filter (null: all in scope), {@code choices} the OPDs on offer. */
    public record OpdGaps(String opd, List<OpdView> choices, PagedResult<StaffGaps> page, long withGaps) {
    }

    /** The gaps of one employee (the caller has checked scope); empty when no assessment has competency levels. */
    public Optional<StaffGaps> forEmployee(String nip) {
        Map<Long, OpdView> opdById = opdsById();
        return jdbc.query(SELECT + " AND e.nip = ?" + ORDER, (rs, i) -> row(rs, opdById, code -> posts.byCode(code).orElse(null)), nip)
                .stream().findFirst();
    }

    /** The staff of an OPD (and its sub-units) with an assessment with levels, most gaps first, then by name. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    public OpdGaps forOpd(String opd, int page) {
        CurrentUser user = CurrentUser.require();
        String filter = opd == null || opd.isBlank() ? null : opd.trim();
        List<OpdView> tree = opds.tree();
        Set<Long> ids;
        List<OpdView> choices;
        if (user.role() == Role.OPD_HEAD) {
            Set<Long> own = opds.subtreeIds(user.opdCode());
            choices = tree.stream().filter(o -> own.contains(o.id())).toList();
            if (filter != null && choices.stream().noneMatch(o -> o.code().equals(filter))) {
                throw new AccessDeniedProblem("OPD outside the OPD head's scope");
            }
            ids = filter == null ? own : opds.subtreeIds(filter);
        } else {
            choices = tree;
            if (filter != null && opds.byCode(filter).isEmpty()) {
                throw new NotFoundProblem("assessment.gaps.error.opd", filter);
            }
            ids = filter == null ? null : opds.subtreeIds(filter);
        }
        Map<Long, OpdView> opdById = opdsById();
        Map<String, PostView> postByCode = posts.all().stream().collect(Collectors.toMap(PostView::code, Function.identity(), (a, b) -> a));
        List<StaffGaps> all = new ArrayList<>();
        if (ids == null) {
            jdbc.query(SELECT + ORDER, rs -> {
                all.add(row(rs, opdById, postByCode::get));
            });
        } else if (!ids.isEmpty()) {
            jdbc.query(SELECT + " AND e.opd_id = ANY (?)" + ORDER, rs -> {
                all.add(row(rs, opdById, postByCode::get));
            }, (Object) ids.toArray(Long[]::new));
        }
        all.sort(Comparator.comparingLong(StaffGaps::gapCount).reversed()
                .thenComparing(StaffGaps::name, String.CASE_INSENSITIVE_ORDER).thenComparing(StaffGaps::nip));
        long withGaps = all.stream().filter(s -> s.gapCount() > 0).count();
        int size = PAGE_SIZE;
        int from = Math.max(0, Math.min(page, Math.max(0, (all.size() - 1) / size))) * size;
        PagedResult<StaffGaps> p = new PagedResult<>(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), from / size, size,
                all.size());
        return new OpdGaps(filter, choices, p, withGaps);
    }

    private Map<Long, OpdView> opdsById() {
        Map<Long, OpdView> m = new HashMap<>();
        opds.tree().forEach(o -> m.put(o.id(), o));
        return m;
    }

    private static StaffGaps row(ResultSet rs, Map<Long, OpdView> opdById, Function<String, PostView> postOf) throws SQLException {
        AssessmentDetail detail = AssessmentStore.detail(rs, 0);
        String postCode = rs.getString("post_code");
        PostView post = postCode == null ? null : postOf.apply(postCode);
        String kindCode = post != null ? post.positionKind() : rs.getString("position_kind");
        String levelCode = post != null ? post.positionLevel() : rs.getString("position_level");
        PositionKind kind = kindCode == null ? null : PositionKind.valueOf(kindCode);
        PositionLevel level = levelCode == null ? null : PositionLevel.valueOf(levelCode);
        List<Gap> gaps = CompetencyGaps.gaps(post == null ? null : post.competencies(), kind, level, detail.levels());
        OpdView o = opdById.get(rs.getLong("opd_id"));
        return new StaffGaps(rs.getString("nip"), rs.getString("name"), o == null ? null : o.code(), o == null ? null : o.name(), post,
                kindCode, detail, gaps);
    }
}
