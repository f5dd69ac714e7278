package id.merit.assessment.web;

import id.merit.assessment.domain.CompetencyGapService;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The competency gaps of an OPD's staff ({@code /assessments/gaps?opd=}): everyone with an assessment with competency
 * levels, most gaps first, each gap with its development suggestions. Scope in {@link CompetencyGapService}.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
class CompetencyGapController {

    private final CompetencyGapService gaps;

    CompetencyGapController(CompetencyGapService gaps) {
        this.gaps = gaps;
    }

    @GetMapping("/assessments/gaps")
    String list(@RequestParam(required = false) String opd, @RequestParam(defaultValue = "0") int page, Model model) {
        CompetencyGapService.OpdGaps g = gaps.forOpd(opd, Math.max(0, page));
        model.addAttribute("g", g);
        model.addAttribute("page", g.page());
        model.addAttribute("pageQuery", g.opd() == null ? "" : "opd=" + UriUtils.encodeQueryParam(g.opd(), StandardCharsets.UTF_8));
        return "assessment/gaps";
    }
}
