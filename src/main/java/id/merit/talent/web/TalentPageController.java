package id.merit.talent.web;

import id.merit.talent.domain.TalentGridService;
import id.merit.talent.rules.BoxMovement;
import id.merit.talent.rules.BoxRecommendations;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The 9-box page of a year ({@code /talent/{year}}, optional {@code opd} filter) with the count of each box, and the
 * people of one box ({@code /talent/{year}/boxes/{box}}, paged, with a name/NIP filter), the movement since Y−1 and the
 * people behind each of its counts ({@code /talent/{year}/moves}), and the PermenPANRB 3/2020 recommendation per box. BKPSDM and the regent see
 * every OPD, an OPD head their own (checked in {@link TalentGridService}).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
class TalentPageController {
    /** The boxes as the grid shows them: rows above / meets / below expectations, columns low / medium / high potential. */
    static final List<List<Integer>> ROWS = List.of(List.of(4, 7, 9), List.of(2, 5, 8), List.of(1, 3, 6));
    static final List<String> ROW_AXES = List.of("ABOVE", "MEETS", "BELOW");
    static final List<String> COLUMN_AXES = List.of("LOW", "MEDIUM", "HIGH");
    /** The movement matrix's columns (this year's box, best first) and rows (last year's box, then none). */
    static final List<Integer> BOXES_DOWN = List.of(9, 8, 7, 6, 5, 4, 3, 2, 1);
    static final List<Integer> FROM_ORDER = List.of(9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    /** Box → the development recommendations of PermenPANRB 3/2020 (index 0 unused). */
    static final List<List<BoxRecommendations.Action>> RECOMMENDATIONS = IntStream.rangeClosed(0, 9)
            .mapToObj(b -> b == 0 ? List.<BoxRecommendations.Action>of() : BoxRecommendations.of(b)).toList();

    private final TalentGridService grid;
    private final Clock clock;

    TalentPageController(TalentGridService grid, Clock clock) {
        this.grid = grid;
        this.clock = clock;
    }

    /** The navigation's entry and the filter form: the last completed year (the one with annual evaluations) by default. */
    @GetMapping("/talent")
    String entry(@RequestParam(required = false) Integer year, @RequestParam(required = false) String opd) {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        UriComponentsBuilder to = UriComponentsBuilder.fromPath("/talent/{year}");
        if (opd != null && !opd.isBlank()) {
            to.queryParam("opd", opd.trim());
        }
        return "redirect:" + to.encode().buildAndExpand(y).toUriString();
    }

    @GetMapping("/talent/{year}")
    String page(@PathVariable int year, @RequestParam(required = false) String opd, Model model) {
        model.addAttribute("g", grid.grid(year, opd));
        model.addAttribute("m", grid.movement(year, opd));
        model.addAttribute("stored", grid.stored(year));
        model.addAttribute("recommendations", RECOMMENDATIONS);
        model.addAttribute("directions", BoxMovement.Direction.values());
        model.addAttribute("boxesDown", BOXES_DOWN);
        model.addAttribute("fromOrder", FROM_ORDER);
        model.addAttribute("rows", ROWS);
        model.addAttribute("rowAxes", ROW_AXES);
        model.addAttribute("columnAxes", COLUMN_AXES);
        model.addAttribute("years", years());
        return "talent/grid";
    }

    @GetMapping("/talent/{year}/boxes/{box}")
    String box(@PathVariable int year, @PathVariable int box, @RequestParam(required = false) String opd,
               @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", grid.box(year, box, opd, q, Math.max(0, page)));
        model.addAttribute("actions", box >= 1 && box <= 9 ? RECOMMENDATIONS.get(box) : List.of());
        model.addAttribute("year", year);
        model.addAttribute("box", box);
        model.addAttribute("opd", opd == null || opd.isBlank() ? null : opd.trim());
        model.addAttribute("q", q);
        StringBuilder query = new StringBuilder();
        if (opd != null && !opd.isBlank()) {
            query.append("opd=").append(UriUtils.encodeQueryParam(opd.trim(), StandardCharsets.UTF_8));
        }
        if (q != null && !q.isBlank()) {
            query.append(query.isEmpty() ? "" : "&").append("q=").append(UriUtils.encodeQueryParam(q.trim(), StandardCharsets.UTF_8));
        }
        model.addAttribute("pageQuery", query.toString());
        return "talent/box";
    }

    /** The people behind one count of the movement matrix: {@code from}/{@code to} boxes, or a {@code direction}. */
    @GetMapping("/talent/{year}/moves")
    String moves(@PathVariable int year, @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                 @RequestParam(required = false) BoxMovement.Direction direction, @RequestParam(required = false) String opd,
                 @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", grid.moved(year, from, to, direction, opd, q, Math.max(0, page)));
        model.addAttribute("year", year);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("direction", direction);
        String o = opd == null || opd.isBlank() ? null : opd.trim();
        model.addAttribute("opd", o);
        StringBuilder query = new StringBuilder();
        append(query, "from", from == null ? null : from.toString());
        append(query, "to", to == null ? null : to.toString());
        append(query, "direction", direction == null ? null : direction.name());
        append(query, "opd", o);
        append(query, "q", q == null || q.isBlank() ? null : q.trim());
        model.addAttribute("pageQuery", query.toString());
        return "talent/moves";
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
        }
    }

    private List<Integer> years() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(now - 5, now).map(i -> now - 5 + now - i).boxed().toList();
    }
}
