package id.merit.dataimport.web;

import id.merit.dataimport.domain.ImportJobs;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.shared.WorkQueue;
import java.util.List;
import org.springframework.stereotype.Component;

/** Landing page: the user's imports of the last days that failed, were interrupted or rejected rows. */
@Component
class ImportWorkQueue implements WorkQueue {
    private final ImportJobs jobs;

    ImportWorkQueue(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public List<Item> waitingFor(CurrentUser user) {
        if (!user.is(Role.ADMIN, Role.OFFICER)) {
            return List.of();
        }
        return List.of(new Item("work.imports.failed", jobs.failedRecently().size(), "/imports?failed"));
    }
}
