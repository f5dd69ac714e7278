package id.merit.discipline.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
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
public class RuleSetService {

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

    /** Every saved version, newest effective date first. */
    public List<DisciplineRuleSet> history() {
        return repository.findAllByOrderByEffectiveFromDesc().stream().map(RuleSetService::view).toList();
    }

    /** The proposed settings as they would be saved (blank basis: the default), not stored: what the preview reads. */
    public DisciplineRuleSet draft(SedangRegime regime, DayCounting counting, boolean convertLatenessPp94, String honoraryBasis,
                                   LocalDate effectiveFrom) {
        return new DisciplineRuleSet(null, regime, counting, convertLatenessPp94,
                honoraryBasis == null || honoraryBasis.isBlank() ? DisciplineRuleSet.DEFAULT_HONORARY_BASIS : honoraryBasis.trim(),
                effectiveFrom, null, null, null);
    }

    /** Saves a new version; one version per effective date. Decisions already taken keep the regime they recorded. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void add(SedangRegime regime, DayCounting counting, boolean convertLatenessPp94, String honoraryBasis, LocalDate effectiveFrom,
                    String note) {
        if (repository.existsByEffectiveFrom(effectiveFrom)) {
            throw new BusinessProblem("effectiveFrom", "discipline.settings.error.dateTaken", effectiveFrom.toString());
        }
        DisciplineRuleSet before = on(effectiveFrom);
        RuleSet r = new RuleSet();
        r.setSedangRegime(regime);
        r.setDayCounting(counting);
        r.setConvertLatenessPp94(convertLatenessPp94);
        r.setHonoraryBasis(honoraryBasis == null || honoraryBasis.isBlank() ? DisciplineRuleSet.DEFAULT_HONORARY_BASIS : honoraryBasis.trim());
        r.setEffectiveFrom(effectiveFrom);
        r.setNote(note == null || note.isBlank() ? null : note.trim());
        r.setCreatedBy(CurrentUser.actorName());
        repository.saveAndFlush(r);
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, effectiveFrom.toString(), r.getNote(), map(before),
                map(view(r)));
    }

    private static Map<String, Object> map(DisciplineRuleSet r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sedangRegime", r.regime().name());
        m.put("effectiveDayCounting", r.counting().name());
        m.put("convertLatenessPp94", r.convertLatenessPp94());
        m.put("honoraryBasis", r.honoraryBasis());
        return m;
    }

    private static DisciplineRuleSet view(RuleSet r) {
        return new DisciplineRuleSet(r.getId(), r.getSedangRegime(), r.getDayCounting(), r.isConvertLatenessPp94(),
                r.getHonoraryBasis() == null ? DisciplineRuleSet.DEFAULT_HONORARY_BASIS : r.getHonoraryBasis(), r.getEffectiveFrom(), r.getNote(),
                r.getCreatedBy(), r.getCreatedAt());
    }
}
