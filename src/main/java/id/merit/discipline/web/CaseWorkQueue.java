package id.merit.discipline.web;

import id.merit.discipline.domain.CaseService;
import id.merit.discipline.rules.CaseStage;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.shared.WorkQueue;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Landing page: the discipline cases waiting for their next step — to summon, to examine, to decide, to deliver — each
 * linked to the case list filtered by that stage (in the user's scope: an OPD head sees their OPD's cases).
 */
@Component
class CaseWorkQueue implements WorkQueue {
    private static final List<CaseStage> WAITING = List.of(CaseStage.OPENED, CaseStage.SUMMONED, CaseStage.EXAMINED, CaseStage.DECIDED);

    private final CaseService cases;

    CaseWorkQueue(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public List<Item> waitingFor(CurrentUser user) {
        if (!user.is(Role.ADMIN, Role.OFFICER, Role.OPD_HEAD)) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (CaseStage stage : WAITING) {
            items.add(new Item("work.cases." + stage.name(), cases.search(null, stage, null, 0, 1).total(),
                    "/discipline/cases?stage=" + stage.name()));
        }
        return items;
    }
}
