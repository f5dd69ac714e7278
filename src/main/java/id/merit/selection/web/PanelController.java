package id.merit.selection.web;

import id.merit.selection.domain.PanelService;
import id.merit.selection.rules.Stage;
import id.merit.shared.BusinessProblem;
import id.merit.shared.HtmlPdf;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The panel of a round for officials: members (internal from the registry, external), the stage weights and the
 * tie-break order, opening the assessment, closing stages, the stage results and the ranking. ADMIN and OFFICER act,
 * REGENT reads; the service checks the roles too.
 */
@Controller
class PanelController {
    static final int MAX_TEXT = 200;
    private final PanelService panel;
    private final ResultsPdf pdf;

    PanelController(PanelService panel, ResultsPdf pdf) {
        this.panel = panel;
        this.pdf = pdf;
    }

    static String panelPage(long id) {
        return "redirect:/selection/rounds/" + id + "/panel";
    }

    @GetMapping("/selection/rounds/{id}/panel")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String panel(@PathVariable long id, Model model) {
        model.addAttribute("p", panel.panel(id));
        model.addAttribute("rules", panel.rules());
        model.addAttribute("stages", Stage.values());
        return "selection/panel";
    }

    @PostMapping("/selection/rounds/{id}/panel/members")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String addMember(@PathVariable long id, @RequestParam(defaultValue = "INTERNAL") String kind, @RequestParam(required = false) String nip,
                     @RequestParam(required = false) String name, @RequestParam(required = false) String institution,
                     @RequestParam(required = false) String username, RedirectAttributes redirect) {
        if (tooLong(nip, name, institution, username)) {
            redirect.addFlashAttribute("error", "selection.form.tooLong");
            return panelPage(id);
        }
        boolean internal = !"EXTERNAL".equals(kind);
        return RoundController.step(panelPage(id), redirect, "selection.panel.memberAdded",
                () -> panel.addMember(id, new PanelService.NewMember(nip, name, institution, username), internal));
    }

    @PostMapping("/selection/rounds/{id}/panel/members/{memberId}/removal")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String removeMember(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
        return RoundController.step(panelPage(id), redirect, "selection.panel.memberRemoved", () -> panel.removeMember(id, memberId));
    }

    /** Weights as {@code weight_<STAGE>} (0–100), the tie-break order as {@code tieBreak} repeated (blank = none). */
    @PostMapping("/selection/rounds/{id}/panel/plan")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String plan(@PathVariable long id, @RequestParam Map<String, String> params,
                @RequestParam(name = "tieBreak", required = false) List<String> tieBreak, RedirectAttributes redirect) {
        Map<Stage, Integer> weights = new EnumMap<>(Stage.class);
        List<Stage> order = new ArrayList<>();
        try {
            for (Stage s : Stage.values()) {
                String v = params.get("weight_" + s.name());
                weights.put(s, v == null || v.isBlank() ? 0 : Integer.parseInt(v.trim()));
            }
            for (String t : tieBreak == null ? List.<String>of() : tieBreak) {
                if (t != null && !t.isBlank()) {
                    order.add(Stage.valueOf(t));
                }
            }
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "selection.panel.error.weights");
            return panelPage(id);
        }
        return RoundController.step(panelPage(id), redirect, "selection.panel.planSaved", () -> panel.plan(id, weights, order));
    }

    @PostMapping("/selection/rounds/{id}/panel/open")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        return RoundController.step(panelPage(id), redirect, "selection.panel.opened", () -> panel.open(id));
    }

    @PostMapping("/selection/rounds/{id}/stages/{stage}/close")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String closeStage(@PathVariable long id, @PathVariable Stage stage, RedirectAttributes redirect) {
        return RoundController.step(panelPage(id), redirect, "selection.panel.stageClosed", () -> panel.closeStage(id, stage));
    }

    @GetMapping("/selection/rounds/{id}/stages/{stage}/results")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String results(@PathVariable long id, @PathVariable Stage stage, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("res", panel.stageResults(id, stage));
            return "selection/stage-results";
        } catch (BusinessProblem e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return panelPage(id);
        }
    }

    @GetMapping("/selection/rounds/{id}/stages/{stage}/results.pdf")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    Object resultsPdf(@PathVariable long id, @PathVariable Stage stage, RedirectAttributes redirect) {
        try {
            return HtmlPdf.download("hasil-" + stage.name().toLowerCase() + "-" + id + ".pdf", pdf.stage(panel.stageResults(id, stage)));
        } catch (BusinessProblem e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return panelPage(id);
        }
    }

    @GetMapping("/selection/rounds/{id}/ranking")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String ranking(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("rk", panel.ranking(id));
            return "selection/ranking";
        } catch (BusinessProblem e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return panelPage(id);
        }
    }

    @GetMapping("/selection/rounds/{id}/ranking.pdf")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    Object rankingPdf(@PathVariable long id, RedirectAttributes redirect) {
        try {
            return HtmlPdf.download("peringkat-" + id + ".pdf", pdf.ranking(panel.ranking(id)));
        } catch (BusinessProblem e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return panelPage(id);
        }
    }

    static boolean tooLong(String... values) {
        for (String v : values) {
            if (v != null && v.length() > MAX_TEXT) {
                return true;
            }
        }
        return false;
    }
}
