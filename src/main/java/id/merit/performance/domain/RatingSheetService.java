package id.merit.performance.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.performance.BehaviourAspect;
import id.merit.performance.SkpPredicate;
import id.merit.performance.SkpRating;
import id.merit.performance.rules.PredicateMatrix;
import id.merit.performance.rules.RatingRollUp;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The detailed rating (issue 12 item 3) of an employee with an APPROVED SKP plan: one rating per RHK and per BerAKHLAK
 * aspect, saved as a draft or submitted. Submitting rolls the RHK ratings up to the results rating and the aspects to
 * the behaviour rating ({@link RatingRollUp}) and saves the ANNUAL evaluation through {@link RatingService#rate} (its
 * scope, open-period, objection and optimistic-locking checks included). The sheet has its own version: a form opened
 * before someone else's save is refused with {@link RatingService#STALE}, and the page keeps the user's input.
 */
@Service
@Transactional(readOnly = true)
public class RatingSheetService {

    /** The stored sheet; {@code rhk} by RHK id, {@code aspects} by aspect. */
    public record Sheet(String status, String notes, int version, Map<Long, SkpRating> rhk, Map<BehaviourAspect, SkpRating> aspects) {
    }

    /** What the sheet rolls up to now (ratings null while incomplete). */
    public record RollUp(RatingRollUp.Outcome results, RatingRollUp.Outcome behaviour, SkpPredicate predicate) {
    }

    private final RatingService ratings;
    private final SkpPlanService plans;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    RatingSheetService(RatingService ratings, SkpPlanService plans, JdbcTemplate jdbc, AuditLog audit) {
        this.ratings = ratings;
        this.plans = plans;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The approved plan of the employee (scope through {@link RatingService#line}), if any. */
    public Optional<SkpPlanService.Plan> plan(RatingService.Line line, int year) {
        return plans.approved(line.employee().id(), year);
    }

    public Optional<Sheet> sheet(long employeeId, int year) {
        List<Sheet> found = jdbc.query("SELECT id, status, notes, version FROM performance.rating_sheet WHERE employee_id = ? AND year = ?",
                (rs, i) -> {
                    Map<Long, SkpRating> rhk = new LinkedHashMap<>();
                    Map<BehaviourAspect, SkpRating> aspects = new EnumMap<>(BehaviourAspect.class);
                    jdbc.query("SELECT kind, item, rating FROM performance.rating_item WHERE sheet_id = ?", r -> {
                        SkpRating rating = SkpRating.valueOf(r.getString("rating"));
                        if ("RHK".equals(r.getString("kind"))) {
                            rhk.put(Long.valueOf(r.getString("item")), rating);
                        } else {
                            aspects.put(BehaviourAspect.valueOf(r.getString("item")), rating);
                        }
                    }, rs.getLong("id"));
                    return new Sheet(rs.getString("status"), rs.getString("notes"), rs.getInt("version"), rhk, aspects);
                }, employeeId, year);
        return found.stream().findFirst();
    }

    /** The roll-up of the given ratings over the plan's RHK and the seven aspects. */
    public static RollUp rollUp(SkpPlanService.Plan plan, Map<Long, SkpRating> rhk, Map<BehaviourAspect, SkpRating> aspects) {
        List<SkpRating> r = new ArrayList<>();
        plan.rhk().forEach(x -> r.add(rhk.get(x.id())));
        List<SkpRating> b = new ArrayList<>();
        for (BehaviourAspect a : BehaviourAspect.values()) {
            b.add(aspects.get(a));
        }
        RatingRollUp.Outcome results = RatingRollUp.rollUp(r);
        RatingRollUp.Outcome behaviour = RatingRollUp.rollUp(b);
        SkpPredicate predicate = results.complete() && behaviour.complete() ? PredicateMatrix.predicate(results.rating(), behaviour.rating()) : null;
        return new RollUp(results, behaviour, predicate);
    }

    /**
     * Saves the sheet ({@code submit}: and the evaluation). {@code expectedVersion} is the sheet's version the form was
     * opened with (null: no sheet yet). Returns the roll-up.
     */
    @Transactional
    public RollUp save(String nip, int year, Map<Long, SkpRating> rhk, Map<BehaviourAspect, SkpRating> aspects, String notes,
                       Integer expectedVersion, boolean submit) {
        RatingService.Line line = ratings.line(nip, year);
        if (!line.rateable()) {
            throw new BusinessProblem(null, "performance.rating.notAsn");
        }
        SkpPlanService.Plan plan = plans.approved(line.employee().id(), year)
                .orElseThrow(() -> new BusinessProblem(null, "performance.sheet.noPlan"));
        Map<Long, SkpRating> planRhk = new HashMap<>();
        plan.rhk().forEach(x -> {
            if (rhk.get(x.id()) != null) {
                planRhk.put(x.id(), rhk.get(x.id()));
            }
        });
        RollUp rolled = rollUp(plan, planRhk, aspects);
        if (submit && rolled.predicate() == null) {
            throw new BusinessProblem(null, "performance.sheet.incomplete");
        }
        long employeeId = line.employee().id();
        String by = CurrentUser.actorName();
        String status = submit ? "SUBMITTED" : "DRAFT";
        String cleanNotes = notes == null || notes.isBlank() ? null : notes.strip();
        int n;
        if (expectedVersion == null) {
            n = jdbc.update("""
                    INSERT INTO performance.rating_sheet (employee_id, year, status, notes, updated_by) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (employee_id, year) DO NOTHING
                    """, employeeId, year, status, cleanNotes, by);
        } else {
            n = jdbc.update("""
                    UPDATE performance.rating_sheet SET status = ?, notes = ?, updated_by = ?, updated_at = now(), version = version + 1
                     WHERE employee_id = ? AND year = ? AND version = ?
                    """, status, cleanNotes, by, employeeId, year, expectedVersion);
        }
        if (n == 0) {
            throw new BusinessProblem(null, RatingService.STALE);
        }
        Long sheetId = jdbc.queryForObject("SELECT id FROM performance.rating_sheet WHERE employee_id = ? AND year = ?", Long.class,
                employeeId, year);
        jdbc.update("DELETE FROM performance.rating_item WHERE sheet_id = ?", sheetId);
        planRhk.forEach((id, r) -> jdbc.update("INSERT INTO performance.rating_item (sheet_id, kind, item, rating) VALUES (?, 'RHK', ?, ?)",
                sheetId, String.valueOf(id), r.name()));
        aspects.forEach((a, r) -> {
            if (r != null) {
                jdbc.update("INSERT INTO performance.rating_item (sheet_id, kind, item, rating) VALUES (?, 'ASPECT', ?, ?)", sheetId, a.name(),
                        r.name());
            }
        });
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", status);
        plan.rhk().forEach(x -> values.put("rhk_" + x.no(), planRhk.get(x.id()) == null ? null : planRhk.get(x.id()).name()));
        aspects.forEach((a, r) -> values.put(a.name(), r == null ? null : r.name()));
        audit.changed(expectedVersion == null ? AuditAction.CREATE : AuditAction.UPDATE, "SKP_RATING_SHEET", nip + "/" + year,
                "SKP " + year + ": " + status, null, values);
        if (submit) {
            RatingService.Annual annual = line.annual();
            ratings.rate(nip, year, rolled.results().rating(), rolled.behaviour().rating(), annual == null ? null : annual.version());
        }
        return rolled;
    }
}
