package id.merit.employee.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.employee.ReportingLines;
import id.merit.employee.rules.RetirementAge;
import id.merit.employee.rules.SuperiorPolicy;
import id.merit.employee.rules.SuperiorPolicy.Decision;
import id.merit.employee.rules.SuperiorPolicy.PostLink;
import id.merit.employee.rules.SuperiorPolicy.Standing;
import id.merit.employee.rules.SuperiorPolicy.Tenure;
import id.merit.orgunit.PostHolders;
import id.merit.orgunit.PostQueries;
import id.merit.orgunit.PostView;
import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which post (position-history rows linked to posts, plus Plt/Plh from the post catalogue) and the
 * reporting lines derived from it. Reads are set-based SQL over the registry; the rule is {@link SuperiorPolicy}.
 */
@Service
@Transactional(readOnly = true)
public class ReportingLineService implements ReportingLines, PostHolders {

    private final JdbcTemplate jdbc;
    private final PostQueries posts;
    private final AuditLog audit;

    ReportingLineService(JdbcTemplate jdbc, PostQueries posts, AuditLog audit) {
        this.jdbc = jdbc;
        this.posts = posts;
        this.audit = audit;
    }

    @Override
    public Answer directSuperior(String nip, LocalDate on) {
        List<PostView> active = posts.active();
        List<PostLink> links = active.stream().map(p -> new PostLink(p.code(), p.superiorCode())).toList();
        List<Tenure> tenures = new ArrayList<>(jdbc.query("""
                SELECT ph.post_code, e.nip, ph.start_date, ph.end_date FROM employee.position_history ph
                JOIN employee.employee e ON e.id = ph.employee_id WHERE ph.post_code IS NOT NULL""",
                (rs, i) -> new Tenure(rs.getString(1), rs.getString(2), Standing.DEFINITIVE,
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))));
        posts.actingOfficials().forEach(a -> tenures.add(new Tenure(a.postCode(), a.nip(), Standing.valueOf(a.kind().name()),
                a.startDate(), a.endDate())));
        Decision d = SuperiorPolicy.directSuperior(nip, on, links, tenures);
        if (d.superior() == null) {
            return new Answer(d.ownPostCode(), null, d.reason().name());
        }
        SuperiorPolicy.Superior s = d.superior();
        String postName = active.stream().filter(p -> p.code().equals(s.postCode())).map(PostView::name).findFirst().orElse(null);
        String name = jdbc.query("SELECT name FROM employee.employee WHERE nip = ?", (rs, i) -> rs.getString(1), s.nip())
                .stream().findFirst().orElse(null);
        return new Answer(d.ownPostCode(), new DirectSuperior(s.nip(), name, s.postCode(), postName, s.standing().name(),
                s.vacantSkipped()), null);
    }

    @Override
    public Map<String, List<Holder>> holdersOn(LocalDate on) {
        return jdbc.query("""
                        SELECT ph.post_code, e.nip, e.name, e.birth_date, ph.start_date, ph.position_kind, ph.position_level
                        FROM employee.position_history ph
                        JOIN employee.employee e ON e.id = ph.employee_id
                        WHERE ph.post_code IS NOT NULL AND ph.start_date <= ? AND (ph.end_date IS NULL OR ph.end_date >= ?)
                        ORDER BY ph.post_code, ph.start_date, e.nip""",
                (rs, i) -> {
                    LocalDate birth = rs.getObject(4, LocalDate.class);
                    PositionKind kind = PositionKind.valueOf(rs.getString(6));
                    PositionLevel level = rs.getString(7) == null ? null : PositionLevel.valueOf(rs.getString(7));
                    return new Holder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(5, LocalDate.class),
                            RetirementAge.reachedOn(birth, kind, level), RetirementAge.withinTwoYears(birth, kind, level, on));
                }, on, on)
                .stream().collect(Collectors.groupingBy(Holder::postCode, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public List<UnlinkedPosition> unlinked(Set<Long> opdIds) {
        if (opdIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                        SELECT e.nip, e.name, ph.position_name, ph.position_kind, ph.position_level, ph.opd_id, ph.start_date
                        FROM employee.position_history ph JOIN employee.employee e ON e.id = ph.employee_id
                        WHERE ph.post_code IS NULL AND ph.end_date IS NULL AND ph.opd_id = ANY (?)
                        ORDER BY ph.opd_id, ph.position_name, e.name""",
                (rs, i) -> new UnlinkedPosition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getObject(7, LocalDate.class)),
                (Object) opdIds.toArray(Long[]::new));
    }

    /** BKPSDM links an employee's current position to a post (or to another one). Audited on the employee. */
    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void linkCurrentPosition(String nip, String postCode) {
        PostView post = posts.byCode(postCode).filter(p -> !p.retired())
                .orElseThrow(() -> new BusinessProblem("postCode", "post.error.notFound", postCode));
        List<Object[]> rows = jdbc.query("""
                        SELECT ph.id, ph.post_code FROM employee.position_history ph JOIN employee.employee e ON e.id = ph.employee_id
                        WHERE e.nip = ? AND ph.end_date IS NULL ORDER BY ph.start_date DESC LIMIT 1""",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}, nip);
        if (rows.isEmpty()) {
            throw new NotFoundProblem("post.error.noCurrentPosition", nip);
        }
        jdbc.update("UPDATE employee.position_history SET post_code = ? WHERE id = ?", post.code(), rows.get(0)[0]);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("postCode", rows.get(0)[1]);
        audit.changed(AuditAction.UPDATE, EmployeeCommandService.AUDIT_TYPE, nip, "position → post " + post.code(), before, Map.of("postCode", post.code()));
    }
}
