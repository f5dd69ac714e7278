package id.merit.unitassessment.web;

import id.merit.unitassessment.UnitScore;
import id.merit.unitassessment.domain.LeagueCalculator;
import id.merit.unitassessment.domain.TeamMember;
import id.merit.unitassessment.domain.UnitAssessmentService;
import id.merit.unitassessment.rules.Aspect;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Builds the model of the league and detail pages (the detail page is also re-shown by EntryController with errors). */
@Component
class UnitPages {
    private final UnitAssessmentService service;

    UnitPages(UnitAssessmentService service) {
        this.service = service;
    }

    String league(int year, Model model) {
        LeagueCalculator.Kept kept = service.keptLeague(year);
        LeagueCalculator.League league = kept.league();
        model.addAttribute("year", year);
        model.addAttribute("years", years(year));
        model.addAttribute("league", league);
        model.addAttribute("kept", kept);
        model.addAttribute("aspects", Aspect.values());
        model.addAttribute("weights", java.util.Arrays.stream(Aspect.values()).map(a -> league.parameters().weight(a)).toList());
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (UnitScore r : league.rows()) {
            if (r.total() == null) {
                continue;
            }
            labels.add(r.opdName().replace('|', '/'));
            values.add(r.total().toPlainString());
            links.add("/unit-assessments/" + year + "/" + r.opdCode());
        }
        model.addAttribute("chartLabels", String.join("|", labels));
        model.addAttribute("chartValues", String.join("|", values));
        model.addAttribute("chartLinks", String.join("|", links));
        model.addAttribute("mayRecord", UnitAssessmentService.mayRecord());
        return "unitassessment/league";
    }

    String detail(int year, String opd, Model model) {
        LeagueCalculator.League league = service.detail(year, opd);
        model.addAttribute("year", year);
        model.addAttribute("years", years(year));
        model.addAttribute("league", league);
        model.addAttribute("d", league.detail());
        model.addAttribute("s", league.detail().score());
        boolean mayRecord = UnitAssessmentService.mayRecord();
        model.addAttribute("mayRecord", mayRecord);
        if (mayRecord) {
            List<TeamMember> team = service.team(year);
            model.addAttribute("team", team);
            model.addAttribute("recordedAspects", List.of(Aspect.INNOVATION, Aspect.AWARDS));
            model.addAttribute("maxMb", UnitAssessmentService.MAX_EVIDENCE_BYTES / 1024 / 1024);
            if (!model.containsAttribute("entryForm")) {
                model.addAttribute("entryForm", new EntryForm());
            }
        }
        return "unitassessment/detail";
    }

    List<Integer> years(int year) {
        List<Integer> years = new ArrayList<>(service.years());
        if (!years.contains(year)) {
            years.add(year);
        }
        return years;
    }

}
