package id.merit.discipline.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.discipline.DisciplineSettings;
import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.discipline.SedangRegime;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Versioned discipline settings: each version holds from its effective date until the next one. */
@Service
@Transactional(readOnly = true)
public class RuleSetService implements DisciplineSettings {

    static final String AUDIT_TYPE = "DISCIPLINE_RULES";
    private final RuleSetRepository repository;
    private final AuditLog audit;

    RuleSetService(RuleSetRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** The settings in force on {@code day} (the built-in default before the first saved version). */
    public DisciplineRuleSet on(LocalDate day) {
        return repository.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(day).map(RuleSetService::view)
                .orElse(DisciplineRuleSet.DEFAULT);
    }

    @Override
    public SedangRegime sedangRegimeOn(LocalDate day) {
        return on(day).regime();
    }

    /** Every saved version, newest effective date first. */
    public List<DisciplineRuleSet> history() {
        return repository.findAllByOrderByEffectiveFromDesc().stream().map(RuleSetService::view).toList();
    }

    /** Saves a new version; one version per effective date. Decisions already taken keep the regime they recorded. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void add(SedangRegime regime, DayCounting counting, LocalDate effectiveFrom, String note) {
        if (repository.existsByEffectiveFrom(effectiveFrom)) {
            throw new BusinessProblem("effectiveFrom", "discipline.settings.error.dateTaken", effectiveFrom.toString());
        }
        DisciplineRuleSet before = on(effectiveFrom);
        RuleSet r = new RuleSet();
        r.setSedangRegime(regime);
        r.setDayCounting(counting);
        r.setEffectiveFrom(effectiveFrom);
        r.setNote(note == null || note.isBlank() ? null : note.trim());
        r.setCreatedBy(CurrentUser.actorName());
        repository.saveAndFlush(r);
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, effectiveFrom.toString(), r.getNote(), map(before.regime(), before.counting()),
                map(regime, counting));
    }

    private static Map<String, Object> map(SedangRegime regime, DayCounting counting) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sedangRegime", regime.name());
        m.put("effectiveDayCounting", counting.name());
        return m;
    }

    private static DisciplineRuleSet view(RuleSet r) {
        return new DisciplineRuleSet(r.getId(), r.getSedangRegime(), r.getDayCounting(), r.getEffectiveFrom(), r.getNote(),
                r.getCreatedBy(), r.getCreatedAt());
    }
}
