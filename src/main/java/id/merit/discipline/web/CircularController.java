package id.merit.discipline.web;

import id.merit.discipline.domain.DisciplineClock;
import id.merit.discipline.domain.CircularService;
import id.merit.orgunit.OpdQueries;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Circulars: everyone's inbox of circulars to acknowledge ({@code /discipline/circulars}), the list and publishing for
 * BKPSDM, and per circular the acknowledgement rate per OPD with who has not acknowledged yet.
 */
@Controller
@RequestMapping("/discipline/circulars")
class CircularController {
    private static final int PAGE_SIZE = 25;
    private static final int STAFF_PAGE = 50;
    private final CircularService circulars;
    private final OpdQueries opds;
    private final DisciplineClock clock;

    CircularController(CircularService circulars, OpdQueries opds, DisciplineClock clock) {
        this.circulars = circulars;
        this.opds = opds;
        this.clock = clock;
    }

    @GetMapping
    String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("circulars", circulars.pendingFor(CurrentUser.require()));
        model.addAttribute("page", circulars.search(page, PAGE_SIZE));
        model.addAttribute("pageQuery", "");
        model.addAttribute("circularsBack", "circulars");
        return "discipline/circulars";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String newCircular(Model model) {
        CircularForm form = new CircularForm();
        form.setIssuedOn(clock.today());
        return form(model, form);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String publish(@Valid @ModelAttribute("form") CircularForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                long id = circulars.publish(form.getNumber(), form.getIssuedOn(), form.getTitle(), form.getBody(), form.isAllStaff(),
                        form.getOpdCodes());
                flash.addFlashAttribute("success", "discipline.circular.published");
                return "redirect:/discipline/circulars/" + id;
            } catch (BusinessProblem p) {
                p.rejectOn(errors);
            }
        }
        return form(model, form);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String opd, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        model.addAttribute("circular", circulars.detail(id));
        if (opd != null && !opd.isBlank()) {
            model.addAttribute("opd", opds.byCode(opd).orElse(null));
            model.addAttribute("page", circulars.notAcknowledged(id, opd, page, STAFF_PAGE));
            model.addAttribute("pageQuery", Web.query("opd", opd));
        }
        return "discipline/circular";
    }

    /** {@code back=home} (the landing page's fragment) returns to the landing page, anything else to the inbox. */
    @PostMapping("/{id}/ack")
    String acknowledge(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes flash) {
        try {
            circulars.acknowledge(id);
            flash.addFlashAttribute("success", "discipline.circular.acknowledged");
        } catch (BusinessProblem p) {
            flash.addFlashAttribute("error", p.messageKey());
        }
        return "redirect:" + ("home".equals(back) ? "/" : "/discipline/circulars");
    }

    @PostMapping("/{id}/ack-on-behalf")
    @PreAuthorize("hasRole('OPD_HEAD')")
    String acknowledgeOnBehalf(@PathVariable long id, @RequestParam String opd, @RequestParam(required = false) List<String> nips,
                               RedirectAttributes flash) {
        try {
            int n = circulars.acknowledgeOnBehalf(id, nips);
            flash.addFlashAttribute("success", "discipline.circular.acknowledgedOnBehalf");
            flash.addFlashAttribute("successArgs", n);
        } catch (BusinessProblem p) {
            flash.addFlashAttribute("error", p.messageKey());
            flash.addFlashAttribute("errorArgs", p.args().length == 0 ? null : p.args()[0]);
        }
        return "redirect:/discipline/circulars/" + id + "?" + Web.query("opd", opd);
    }

    private String form(Model model, CircularForm form) {
        model.addAttribute("form", form);
        model.addAttribute("opds", opds.tree());
        return "discipline/circular-new";
    }
}
