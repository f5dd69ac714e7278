package id.merit.discipline.web;

import id.merit.audit.AuditLog;
import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.domain.CaseService;
import id.merit.discipline.domain.CaseViews.Detail;
import id.merit.discipline.domain.CaseViews.ViolationView;
import id.merit.discipline.domain.RuleSetService;
import id.merit.discipline.rules.Authority;
import id.merit.discipline.rules.AuthorityPolicy;
import id.merit.discipline.rules.CaseStage;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.discipline.rules.Relation;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the case page: the case, the form of its next step (pre-filled, unless a rejected form is already in the
 * model), the authority table for the accused's position and, for BKPSDM, the audit history.
 */
@Component
class CasePage {
    static final int HISTORY = 50;
    private final RuleSetService rules;
    private final AuditLog audit;

    CasePage(RuleSetService rules, AuditLog audit) {
        this.rules = rules;
        this.audit = audit;
    }

    /** One line of the authority table: what an official may impose on this accused, in this relation. */
    record AuthorityRow(DecidingOfficial official, Relation relation, Set<PunishmentLevel> levels, Set<PunishmentKind> kinds, String basis) {
    }

    void populate(Model model, Detail c) {
        CurrentUser user = CurrentUser.require();
        boolean bkpsdm = user.is(Role.ADMIN, Role.OFFICER);
        model.addAttribute("c", c);
        model.addAttribute("canAct", bkpsdm);
        model.addAttribute("canCancel", bkpsdm && c.recordedStage().canMoveTo(CaseStage.CANCELLED));
        if (bkpsdm) {
            model.addAttribute("history", audit.history(CaseService.AUDIT_TYPE, c.number(), HISTORY));
            prepareNextStep(model, c);
        }
    }

    private void prepareNextStep(Model model, Detail c) {
        switch (c.recordedStage()) {
            case OPENED -> addUnlessRejected(model, "summonsForm", () -> summons(c));
            case SUMMONED -> addUnlessRejected(model, "examForm", () -> exam(c));
            case EXAMINED -> addUnlessRejected(model, "decisionForm", () -> decision(c));
            case DECIDED -> addUnlessRejected(model, "deliveryForm", () -> {
                DeliveryForm f = new DeliveryForm();
                f.setVersion(c.version());
                return f;
            });
            case DELIVERED -> addUnlessRejected(model, "closeForm", () -> reason(c));
            case EFFECTIVE, RUNNING, ENDED, CANCELLED -> {
                // nothing left to do
            }
        }
        if (c.recordedStage().canMoveTo(CaseStage.CANCELLED)) {
            addUnlessRejected(model, "cancelForm", () -> reason(c));
        }
        // the choices of the step forms shown, also of a rejected one posted at another stage (a stale page, a second tab),
        // which is shown again with its error
        if (model.containsAttribute("examForm")) {
            model.addAttribute("levels", PunishmentLevel.values());
        }
        if (model.containsAttribute("decisionForm")) {
            var ruleSet = rules.on(LocalDate.now());
            model.addAttribute("ruleSet", ruleSet);
            model.addAttribute("kinds", ruleSet.regime().kinds());
            model.addAttribute("officials", DecidingOfficial.values());
            model.addAttribute("relations", Relation.values());
            model.addAttribute("authorityTable", authorityTable(c));
        }
    }

    /** A rejected form (with its errors) stays in the model; otherwise a fresh, pre-filled one. */
    private static void addUnlessRejected(Model model, String name, java.util.function.Supplier<Object> fresh) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, fresh.get());
        }
    }

    private static ExamForm exam(Detail c) {
        ExamForm f = new ExamForm();
        f.setVersion(c.version());
        f.setBapDate(c.examDate() != null && !c.examDate().isAfter(LocalDate.now()) ? c.examDate() : null);
        f.setExpectedLevel(c.expectedLevel());
        f.setTeamSuperior(c.summonerName());
        return f;
    }

    private static SummonsForm summons(Detail c) {
        SummonsForm f = new SummonsForm();
        f.setVersion(c.version());
        f.setLetterDate(LocalDate.now());
        f.setNumber("800/" + c.number() + "/SP/" + LocalDate.now().getYear());
        return f;
    }

    private static DecisionForm decision(Detail c) {
        DecisionForm f = new DecisionForm();
        f.setVersion(c.version());
        f.setDecisionDate(LocalDate.now());
        f.setNumber("800/" + c.number() + "/HD/" + LocalDate.now().getYear());
        List<DecisionForm.SanctionChoice> choices = new ArrayList<>();
        for (ViolationView v : c.violations()) {
            DecisionForm.SanctionChoice s = new DecisionForm.SanctionChoice();
            s.setViolationId(v.id());
            s.setKind(v.sanctionKind());
            s.setMonths(v.sanctionMonths());
            choices.add(s);
        }
        f.setSanctions(choices);
        return f;
    }

    private static ReasonForm reason(Detail c) {
        ReasonForm f = new ReasonForm();
        f.setVersion(c.version());
        return f;
    }

    /** Every official/relation pair with power over this accused (PP 94/2021 Pasal 16–25). */
    static List<AuthorityRow> authorityTable(Detail c) {
        List<AuthorityRow> rows = new ArrayList<>();
        for (DecidingOfficial o : DecidingOfficial.values()) {
            List<Relation> relations = o == DecidingOfficial.PPK_KABUPATEN ? java.util.Collections.singletonList(null) : List.of(Relation.values());
            for (Relation r : relations) {
                Authority a = AuthorityPolicy.of(o, c.positionKind(), c.positionLevel(), r);
                if (a.granted()) {
                    rows.add(new AuthorityRow(o, r, a.levels(), a.kinds(), a.basis()));
                }
            }
        }
        return rows;
    }
}
