package id.merit.talent.web;

import id.merit.talent.domain.SuccessionService;
import id.merit.talent.rules.SuccessionReadiness.Readiness;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Succession for key posts ({@code /talent/succession?year=}, the talent pool of that year, by default the last completed
 * one) and the ranking of pool candidates for any post on demand ({@code /talent/succession/posts/{code}}). BKPSDM and
 * the regent see every post, an OPD head the posts of their OPD (checked in {@link SuccessionService}).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
class SuccessionController {

    private final SuccessionService succession;
    private final Clock clock;

    SuccessionController(SuccessionService succession, Clock clock) {
        this.succession = succession;
        this.clock = clock;
    }

    /** The dashboard's drill-down: only the vacant posts, those whose holder retires within two years, or either. */
    enum Flag { VACANT, RETIRING, AT_RISK }

    /**
     * {@code flag} and {@code ready} narrow the board to the posts a dashboard figure counts: vacant / holder retiring, and
     * with at least one candidate of that readiness.
     */
    @GetMapping("/talent/succession")
    String board(@RequestParam(required = false) Integer year, @RequestParam(required = false) Flag flag,
                 @RequestParam(required = false) Readiness ready, Model model) {
        int y = year(year);
        SuccessionService.Board b = succession.board(y);
        if (flag != null || ready != null) {
            b = new SuccessionService.Board(b.year(), b.today(), b.horizon(), b.plans().stream()
                    .filter(p -> flag == null || switch (flag) {
                        case VACANT -> p.vacant();
                        case RETIRING -> p.retiringSoon();
                        case AT_RISK -> p.vacant() || p.retiringSoon();
                    })
                    .filter(p -> ready == null || p.successors().stream().anyMatch(s -> s.readiness() == ready)).toList());
        }
        model.addAttribute("b", b);
        model.addAttribute("flag", flag);
        model.addAttribute("ready", ready);
        model.addAttribute("years", years());
        return "talent/succession";
    }

    @GetMapping("/talent/succession/posts/{code}")
    String post(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        model.addAttribute("plan", succession.post(code, y));
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        return "talent/succession-post";
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() - 1 : year;
    }

    private List<Integer> years() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(0, 5).map(i -> now - i).boxed().toList();
    }
}
