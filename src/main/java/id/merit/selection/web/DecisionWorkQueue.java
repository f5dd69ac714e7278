package id.merit.selection.web;

import id.merit.selection.domain.DecisionService;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.shared.WorkQueue;
import java.util.List;
import org.springframework.stereotype.Component;

/** Landing page: the regent's selections whose shortlist waits for their choice (the list {@code /selection/decisions}). */
@Component
class DecisionWorkQueue implements WorkQueue {
    private final DecisionService decisions;

    DecisionWorkQueue(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<Item> waitingFor(CurrentUser user) {
        if (!user.is(Role.REGENT)) {
            return List.of();
        }
        return List.of(new Item("work.selection.awaitingChoice", decisions.awaitingCount(), "/selection/decisions"));
    }
}
