package id.merit.selection.web;

import id.merit.selection.domain.PanelService;
import id.merit.selection.rules.Stage;
import id.merit.shared.BusinessProblem;
import java.math.BigDecimal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The panel member's pages (ASSESSOR accounts): the rounds they sit on, the scoring sheet with conflict declarations,
 * and every member's scores of a candidate at a stage (blind: only after one's own; officials after the stage closes).
 * The service decides who sits on which panel (403 otherwise).
 */
@Controller
class ScoringController {
    private final PanelService panel;

    ScoringController(PanelService panel) {
        this.panel = panel;
    }

    private static String sheet(long id) {
        return "redirect:/selection/rounds/" + id + "/scoring";
    }

    @GetMapping("/selection/assessor")
    @PreAuthorize("hasRole('ASSESSOR')")
    String myRounds(Model model) {
        model.addAttribute("rounds", panel.myRounds());
        return "selection/assessor";
    }

    @GetMapping("/selection/rounds/{id}/scoring")
    @PreAuthorize("hasRole('ASSESSOR')")
    String scoring(@PathVariable long id, Model model) {
        model.addAttribute("s", panel.scoring(id));
        return "selection/scoring";
    }

    @PostMapping("/selection/rounds/{id}/scoring/conflicts")
    @PreAuthorize("hasRole('ASSESSOR')")
    String conflict(@PathVariable long id, @RequestParam long applicationId, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        if (reason != null && reason.length() > 1000) {
            redirect.addFlashAttribute("error", "selection.form.tooLong");
            return sheet(id);
        }
        return RoundController.step(sheet(id), redirect, "selection.scoring.conflictDeclared", () -> panel.declareConflict(id, applicationId, reason));
    }

    @PostMapping("/selection/rounds/{id}/scoring/scores")
    @PreAuthorize("hasRole('ASSESSOR')")
    String score(@PathVariable long id, @RequestParam long applicationId, @RequestParam Stage stage, @RequestParam(required = false) String score,
                 RedirectAttributes redirect) {
        BigDecimal value;
        try {
            value = score == null || score.isBlank() ? null : new BigDecimal(score.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            value = null;
        }
        BigDecimal v = value;
        return RoundController.step(sheet(id), redirect, "selection.scoring.submitted", () -> panel.submitScore(id, applicationId, stage, v));
    }

    @GetMapping("/selection/rounds/{id}/stages/{stage}/candidates/{applicationId}/scores")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT','ASSESSOR')")
    String scores(@PathVariable long id, @PathVariable Stage stage, @PathVariable long applicationId, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("sheet", panel.scores(id, applicationId, stage));
            return "selection/scores";
        } catch (BusinessProblem e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return PanelController.panelPage(id);
        }
    }
}
