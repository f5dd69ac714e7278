package id.merit.discipline.web;

import id.merit.discipline.RecommendedAttendance;
import id.merit.discipline.domain.RecommendationService;
import id.merit.discipline.domain.ReviewService;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Sanction recommendations from attendance: for BKPSDM the list of everyone whose band is not NONE (sortable, "only
 * changed since the last review", mark as reviewed); for the regent (and BKPSDM) the officials whose absence makes a
 * berat punishment likely, each leading to the case (PP 94/2021 Pasal 31); and one employee's recommendation, which the
 * attendance page loads with htmx. The old address {@code /attendance/recommendations} redirects here.
 */
@Controller
class RecommendationController {

    private final ReviewService reviews;
    private final RecommendationService recommendations;

    RecommendationController(ReviewService reviews, RecommendationService recommendations) {
        this.reviews = reviews;
        this.recommendations = recommendations;
    }

    @GetMapping("/discipline/recommendations")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "UNEXCUSED_DESC") ReviewService.Sort sort,
                @RequestParam(defaultValue = "false") boolean changed, Model model) {
        int thisYear = recommendations.today().getYear();
        int y = year == null ? thisYear : year;
        model.addAttribute("year", y);
        model.addAttribute("thisYear", thisYear);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", ReviewService.Sort.values());
        model.addAttribute("changed", changed);
        boolean bkpsdm = CurrentUser.require().is(Role.ADMIN, Role.OFFICER);
        model.addAttribute("bkpsdm", bkpsdm);
        model.addAttribute("rows", bkpsdm ? reviews.recommendations(y, sort, changed) : List.of());
        model.addAttribute("relief", reviews.reliefCandidates(y));
        return "discipline/recommendations";
    }

    /** The address the list had while attendance held it. */
    @GetMapping("/attendance/recommendations")
    RedirectView moved(@RequestParam(required = false) Integer year, @RequestParam(required = false) String sort,
                       @RequestParam(required = false) String changed) {
        RedirectView v = new RedirectView("/discipline/recommendations", true);
        v.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        v.setAttributesMap(attributes(year, sort, changed));
        return v;
    }

    @PostMapping("/discipline/recommendations/review")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String review(@RequestParam int year, @RequestParam(name = "nip", required = false) List<String> nips,
                  @RequestParam(defaultValue = "UNEXCUSED_DESC") ReviewService.Sort sort,
                  @RequestParam(defaultValue = "false") boolean changed, RedirectAttributes redirect) {
        int n = nips == null ? 0 : reviews.markReviewed(year, nips);
        redirect.addFlashAttribute("success", "discipline.rec.marked");
        redirect.addFlashAttribute("successArgs", new Object[] {n});
        redirect.addAttribute("year", year);
        redirect.addAttribute("sort", sort);
        redirect.addAttribute("changed", changed);
        return "redirect:/discipline/recommendations";
    }

    /** One employee's recommendation (scoped like the attendance page): the htmx card of that page, or a page of its own. */
    @GetMapping("/discipline/recommendations/{nip}/{year}")
    String employee(@PathVariable String nip, @PathVariable int year, @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundProblem("attendance.error.year", year);
        }
        RecommendedAttendance r = recommendations.forYear(nip, year, until != null && until.getYear() == year ? until : null);
        model.addAttribute("r", r);
        model.addAttribute("year", year);
        return htmx != null ? "discipline/recommendation :: card" : "discipline/recommendation";
    }

    private static Map<String, Object> attributes(Integer year, String sort, String changed) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (year != null) {
            m.put("year", year);
        }
        if (sort != null) {
            m.put("sort", sort);
        }
        if (changed != null) {
            m.put("changed", changed);
        }
        return m;
    }
}
