package id.merit.discipline.web;

import id.merit.discipline.RecommendedAttendance;
import id.merit.discipline.domain.CaseService;
import id.merit.discipline.domain.RecommendationService;
import id.merit.discipline.domain.ReviewService;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
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
 * Sanction recommendations from attendance: for BKPSDM and OPD heads (their OPD and its sub-units) the list of everyone
 * whose band is not NONE (sortable, filtered by OPD, 50 a page, "only changed since the last review", each row with the
 * case already opened from that year's attendance; BKPSDM marks rows as reviewed, nothing ticked by default); on a tab
 * of its own the officials whose absence makes a berat punishment likely, each leading to the case (PP 94/2021
 * Pasal 31) — the regent's view; and one employee's recommendation, which the attendance page loads with htmx. The old
 * address {@code /attendance/recommendations} redirects here. Figures come from {@link RecommendationService}'s cache;
 * only the page's rows are rendered (issue 9 item 4: 258 rows took 3.6 s).
 */
@Controller
class RecommendationController {

    static final int PAGE_SIZE = 50;
    private final ReviewService reviews;
    private final RecommendationService recommendations;
    private final CaseService cases;

    RecommendationController(ReviewService reviews, RecommendationService recommendations, CaseService cases) {
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.cases = cases;
    }

    @GetMapping("/discipline/recommendations")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "UNEXCUSED_DESC") ReviewService.Sort sort,
                @RequestParam(defaultValue = "false") boolean changed, @RequestParam(required = false) String opd,
                @RequestParam(defaultValue = "0") int page, Model model) {
        if (CurrentUser.require().is(Role.REGENT)) {
            return relief(year, opd, page, model); // the regent's view: the officials to relieve (PP 94/2021 Pasal 31)
        }
        int y = filters(year, opd, model);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", ReviewService.Sort.values());
        model.addAttribute("changed", changed);
        model.addAttribute("bkpsdm", CurrentUser.require().is(Role.ADMIN, Role.OFFICER));
        PagedResult<ReviewService.Row> rows = reviews.recommendations(y, sort, changed, opd, page, PAGE_SIZE);
        model.addAttribute("page", rows);
        model.addAttribute("cases", cases.forAttendance(y, rows.items().stream().map(r -> r.rec().totals().nip()).toList()));
        model.addAttribute("pageQuery", Web.query("year", y, "opd", blankToNull(opd), "sort", sort, "changed", changed ? "true" : null));
        return "discipline/recommendations";
    }

    /** The officials whose absence makes a berat punishment likely, on a tab of its own. */
    @GetMapping("/discipline/recommendations/relief")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    String relief(@RequestParam(required = false) Integer year, @RequestParam(required = false) String opd,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        int y = filters(year, opd, model);
        PagedResult<RecommendedAttendance> rows = reviews.reliefCandidates(y, opd, page, PAGE_SIZE);
        model.addAttribute("page", rows);
        model.addAttribute("cases", cases.forAttendance(y, rows.items().stream().map(r -> r.totals().nip()).toList()));
        model.addAttribute("pageQuery", Web.query("year", y, "opd", blankToNull(opd)));
        return "discipline/recommendations-relief";
    }

    /** The year and OPD filters both tabs share; returns the year shown. */
    private int filters(Integer year, String opd, Model model) {
        int thisYear = recommendations.today().getYear();
        int y = year == null ? thisYear : year;
        model.addAttribute("year", y);
        model.addAttribute("thisYear", thisYear);
        model.addAttribute("opd", blankToNull(opd));
        model.addAttribute("tabQuery", Web.query("year", y, "opd", blankToNull(opd)));
        model.addAttribute("opds", reviews.opdChoices());
        model.addAttribute("regent", CurrentUser.require().is(Role.REGENT));
        model.addAttribute("opdHead", CurrentUser.require().is(Role.OPD_HEAD));
        return y;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
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
                  @RequestParam(defaultValue = "false") boolean changed, @RequestParam(required = false) String opd,
                  @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
        int n = nips == null ? 0 : reviews.markReviewed(year, nips);
        redirect.addFlashAttribute("success", "discipline.rec.marked");
        redirect.addFlashAttribute("successArgs", new Object[] {n});
        redirect.addAttribute("year", year);
        redirect.addAttribute("sort", sort);
        redirect.addAttribute("changed", changed);
        if (blankToNull(opd) != null) {
            redirect.addAttribute("opd", opd.trim());
        }
        if (page > 0) {
            redirect.addAttribute("page", page);
        }
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
