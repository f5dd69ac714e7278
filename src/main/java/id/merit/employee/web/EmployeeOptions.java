package id.merit.employee.web;

import id.merit.employee.EmployeeType;
import id.merit.employee.FunctionalProfession;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.employee.Rank;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import java.util.List;
import java.util.Set;
import org.springframework.ui.Model;

/** The choices of the registry's selects (codes of interchange.md; labels come from the message bundles). */
final class EmployeeOptions {

    private EmployeeOptions() {
    }

    static void addTo(Model model, OpdQueries opds) {
        model.addAttribute("opdOptions", opdOptions(opds));
        model.addAttribute("typeOptions", EmployeeType.values());
        model.addAttribute("genderOptions", Gender.values());
        model.addAttribute("rankOptions", Rank.CODES);
        model.addAttribute("kindOptions", PositionKind.values());
        model.addAttribute("levelOptions", PositionLevel.values());
        model.addAttribute("professionOptions", FunctionalProfession.values());
    }

    /** The OPD tree in order, limited to an OPD head's own subtree (the only staff they can see anyway). */
    static List<OpdView> visibleOpds(OpdQueries opds) {
        List<OpdView> tree = opds.tree();
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null || user.role() != Role.OPD_HEAD) {
            return tree;
        }
        Set<Long> own = opds.subtreeIds(user.opdCode());
        return tree.stream().filter(o -> own.contains(o.id())).toList();
    }

    /** One choice of the OPD select: the label is indented by depth with no-break spaces (options cannot be styled). */
    public record OpdOption(String code, String label) {
    }

    static List<OpdOption> opdOptions(OpdQueries opds) {
        List<OpdView> visible = visibleOpds(opds);
        int top = visible.stream().mapToInt(OpdView::depth).min().orElse(0);
        return visible.stream()
                .map(o -> new OpdOption(o.code(), "\u00a0\u00a0\u00a0".repeat(Math.max(0, o.depth() - top)) + o.name()))
                .toList();
    }
}
