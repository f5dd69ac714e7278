package id.merit.performance.web;

import id.merit.performance.domain.ObjectionService;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.shared.WorkQueue;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Landing page (issue 15 item 2): SKP objections waiting for a decision — every open one for BKPSDM, those routed to the
 * user's NIP for a superior (an OPD head). The count links to the list of exactly those objections.
 */
@Component
class ObjectionWorkQueue implements WorkQueue {
    private final ObjectionService objections;

    ObjectionWorkQueue(ObjectionService objections) {
        this.objections = objections;
    }

    @Override
    public List<Item> waitingFor(CurrentUser user) {
        if (!user.is(Role.ADMIN, Role.OFFICER, Role.OPD_HEAD)) {
            return List.of();
        }
        long open = objections.openAssigned();
        return open == 0 ? List.of() : List.of(new Item("work.objections.open", open, "/performance/objections?open", false));
    }
}
