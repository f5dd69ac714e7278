package id.merit.employee.web;

import id.merit.employee.domain.DataRequestService;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.shared.WorkQueue;
import java.util.List;
import org.springframework.stereotype.Component;

/** Landing page: employees' data-update requests waiting for BKPSDM's verification. */
@Component
class DataRequestWorkQueue implements WorkQueue {
    private final DataRequestService requests;

    DataRequestWorkQueue(DataRequestService requests) {
        this.requests = requests;
    }

    @Override
    public List<Item> waitingFor(CurrentUser user) {
        if (!user.is(Role.ADMIN, Role.OFFICER)) {
            return List.of();
        }
        return List.of(new Item("work.dataRequests.pending", requests.pendingCount(), "/data-requests"));
    }
}
