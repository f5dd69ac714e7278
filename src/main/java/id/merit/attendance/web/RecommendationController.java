package id.merit.attendance.web;

import id.merit.attendance.domain.AttendanceService;
import id.merit.attendance.domain.ReviewService;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sanction recommendations from attendance: for BKPSDM the list of everyone whose band is not NONE (sortable, "only
 * changed since the last review", mark as reviewed); for the regent (and BKPSDM) the officials whose absence calls
 * for relief from duty.
 */
@Controller
class RecommendationController {

    private final ReviewService reviews;
    private final AttendanceService attendance;

    RecommendationController(ReviewService reviews, AttendanceService attendance) {
        this.reviews = reviews;
        this.attendance = attendance;
    }

    @GetMapping("/attendance/recommendations")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "UNEXCUSED_DESC") ReviewService.Sort sort,
                @RequestParam(defaultValue = "false") boolean changed, Model model) {
        int y = year == null ? attendance.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("thisYear", attendance.today().getYear());
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", ReviewService.Sort.values());
        model.addAttribute("changed", changed);
        boolean bkpsdm = CurrentUser.require().is(Role.ADMIN, Role.OFFICER);
        model.addAttribute("bkpsdm", bkpsdm);
        model.addAttribute("rows", bkpsdm ? reviews.recommendations(y, sort, changed) : List.of());
        model.addAttribute("relief", reviews.reliefCandidates(y));
        return "attendance/recommendations";
    }

    @PostMapping("/attendance/recommendations/review")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String review(@RequestParam int year, @RequestParam(name = "nip", required = false) List<String> nips,
                  @RequestParam(defaultValue = "UNEXCUSED_DESC") ReviewService.Sort sort,
                  @RequestParam(defaultValue = "false") boolean changed, RedirectAttributes redirect) {
        int n = nips == null ? 0 : reviews.markReviewed(year, nips);
        redirect.addFlashAttribute("success", "attendance.review.marked");
        redirect.addFlashAttribute("successArgs", new Object[] {n});
        redirect.addAttribute("year", year);
        redirect.addAttribute("sort", sort);
        redirect.addAttribute("changed", changed);
        return "redirect:/attendance/recommendations";
    }
}
