package id.merit.discipline.web;

import id.merit.profile.InstanceProfile;
import id.merit.profile.ProfileQueries;
import id.merit.employee.ReportingLines;
import java.util.Optional;

import id.merit.audit.AuditLog;
import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.domain.CaseService;
import id.merit.discipline.domain.CaseViews.Detail;
import id.merit.discipline.domain.CaseViews.ViolationView;
import id.merit.discipline.domain.DisciplineClock;
import id.merit.discipline.domain.ObjectionOutcome;
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
    private final DisciplineClock clock;

    private final ReportingLines reportingLines;
    private final ProfileQueries profile;

    CasePage(RuleSetService rules, AuditLog audit, DisciplineClock clock, ReportingLines reportingLines, ProfileQueries profile) {
        this.reportingLines = reportingLines;
        this.profile = profile;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
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
        LocalDate today = clock.today();
        if (bkpsdm) {
            model.addAttribute("history", audit.history(CaseService.AUDIT_TYPE, c.number(), HISTORY));
            prepareNextStep(model, c, today);
        }
        boolean own = user.is(Role.EMPLOYEE) && c.nip().equals(user.nip());
        boolean canObject = (bkpsdm || own) && c.recordedStage() == CaseStage.DELIVERED && c.objection() != null && !c.objection().filed()
                && !today.isAfter(c.objection().fileBy());
        model.addAttribute("canObject", canObject);
        if (canObject) {
            addUnlessRejected(model, "objectionForm", () -> {
                ObjectionForm f = new ObjectionForm();
                f.setVersion(c.version());
                f.setFiledOn(today);
                return f;
            });
        }
    }

    private void prepareNextStep(Model model, Detail c, LocalDate today) {
        switch (c.recordedStage()) {
            case OPENED -> addUnlessRejected(model, "summonsForm", () -> summons(c, today));
            case SUMMONED -> {
                addUnlessRejected(model, "examForm", () -> exam(c, today));
                if (c.secondSummons() == null) {
                    addUnlessRejected(model, "secondSummonsForm", () -> secondSummons(c, today));
                } else {
                    addUnlessRejected(model, "absentForm", () -> {
                        AbsentForm f = new AbsentForm();
                        f.setVersion(c.version());
                        return f;
                    });
                }
            }
            case EXAMINED -> addUnlessRejected(model, "decisionForm", () -> decision(c, today, profile.current().orElse(null)));
            case DECIDED -> addUnlessRejected(model, "deliveryForm", () -> {
                DeliveryForm f = new DeliveryForm();
                f.setVersion(c.version());
                return f;
            });
            case DELIVERED -> {
                addUnlessRejected(model, "closeForm", () -> reason(c));
                if (c.objection() != null && c.objection().pending()) {
                    addUnlessRejected(model, "answerForm", () -> {
                        ObjectionAnswerForm f = new ObjectionAnswerForm();
                        f.setVersion(c.version());
                        f.setOutcome(ObjectionOutcome.CONFIRMED);
                        return f;
                    });
                    var ruleSet = rules.on(today);
                    model.addAttribute("kinds", ruleSet.regime().kinds());
                    model.addAttribute("outcomes", ObjectionOutcome.values());
                }
            }
            case EFFECTIVE, RUNNING, ENDED, CANCELLED -> {
                // nothing left to do
            }
        }
        if (c.recordedStage().canMoveTo(CaseStage.CANCELLED)) {
            addUnlessRejected(model, "cancelForm", () -> reason(c));
        }
        // the choices of the step forms shown, also of a rejected one posted at another stage (a stale page, a second tab),
        // which is shown again with its error
        if (model.containsAttribute("examForm") || model.containsAttribute("absentForm")) {
            model.addAttribute("levels", PunishmentLevel.values());
        }
        if (model.containsAttribute("decisionForm")) {
            var ruleSet = rules.on(today);
            model.addAttribute("ruleSet", ruleSet);
            model.addAttribute("kinds", ruleSet.regime().kinds());
            model.addAttribute("officials", DecidingOfficial.values());
            model.addAttribute("relations", Relation.values());
            model.addAttribute("authorityTable", authorityTable(c));
        }
        boolean reliefPossible = (c.recordedStage() == CaseStage.SUMMONED || c.recordedStage() == CaseStage.EXAMINED)
                && c.expectedLevel() == PunishmentLevel.BERAT && c.relief() == null;
        if (reliefPossible) {
            addUnlessRejected(model, "reliefForm", () -> {
                ReliefForm f = new ReliefForm();
                f.setVersion(c.version());
                f.setFrom(c.examDate() != null && !c.examDate().isAfter(today) ? c.examDate() : today);
                f.setByName(c.summonerName());
                f.setByPosition(c.summonerPosition());
                return f;
            });
        }
    }

    /** A rejected form (with its errors) stays in the model; otherwise a fresh, pre-filled one. */
    private static void addUnlessRejected(Model model, String name, java.util.function.Supplier<Object> fresh) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, fresh.get());
        }
    }

    private static SecondSummonsForm secondSummons(Detail c, LocalDate today) {
        SecondSummonsForm f = new SecondSummonsForm();
        f.setVersion(c.version());
        f.setLetterDate(today);
        f.setNumber("800/" + c.number() + "/SP-2/" + today.getYear());
        f.setExamPlace(c.examPlace());
        return f;
    }

    private static ExamForm exam(Detail c, LocalDate today) {
        ExamForm f = new ExamForm();
        f.setVersion(c.version());
        LocalDate examDay = c.secondSummons() != null ? c.secondSummons().examDate() : c.examDate();
        f.setBapDate(examDay != null && !examDay.isAfter(today) ? examDay : null);
        f.setExpectedLevel(c.expectedLevel());
        f.setTeamSuperior(c.summonerName());
        return f;
    }

    /** The summons comes from the direct superior (PP 94/2021 Pasal 25), derived from the post catalogue; still editable. */
    private SummonsForm summons(Detail c, LocalDate today) {
        SummonsForm f = new SummonsForm();
        f.setVersion(c.version());
        f.setLetterDate(today);
        f.setNumber("800/" + c.number() + "/SP/" + today.getYear());
        Optional.ofNullable(reportingLines.directSuperior(c.nip(), today)).flatMap(ReportingLines.Answer::found).ifPresent(s -> {
            f.setSummonerName(s.name());
            f.setSummonerNip(s.nip());
            f.setSummonerPosition(s.postName());
        });
        return f;
    }

    /**
     * The decision form, its signing official pre-filled from the instance profile's signing official when an
     * administrator has set one (issue 9 item 6): the officer changes it when another official decides.
     */
    private static DecisionForm decision(Detail c, LocalDate today, InstanceProfile p) {
        DecisionForm f = new DecisionForm();
        if (p != null && p.signerName() != null && !p.signerName().isBlank()) {
            f.setOfficialName(p.signerName());
            f.setOfficialNip(p.signerNip());
            f.setOfficialPosition(p.signerPosition());
        }
        f.setVersion(c.version());
        f.setDecisionDate(today);
        f.setNumber("800/" + c.number() + "/HD/" + today.getYear());
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
