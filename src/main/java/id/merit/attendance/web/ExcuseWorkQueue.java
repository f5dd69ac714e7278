package id.merit.attendance.web;

import id.merit.attendance.domain.excuses.Excuse;
import id.merit.attendance.domain.excuses.ExcuseService;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.shared.WorkQueue;
import java.util.List;
import org.springframework.stereotype.Component;

/** Landing page: the excuses of this year still waiting for BKPSDM's verification (an OPD head: their staff's). */
@Component
class ExcuseWorkQueue implements WorkQueue {
    private final ExcuseService excuses;

    ExcuseWorkQueue(ExcuseService excuses) {
        this.excuses = excuses;
    }

    @Override
    public List<Item> waitingFor(CurrentUser user) {
        if (!user.is(Role.ADMIN, Role.OFFICER, Role.OPD_HEAD)) {
            return List.of();
        }
        int year = excuses.currentYear();
        return List.of(new Item(user.is(Role.OPD_HEAD) ? "work.excuses.pendingOwn" : "work.excuses.pending",
                excuses.count(year, Excuse.Status.PENDING), "/attendance/excuses?year=" + year + "&status=PENDING"));
    }
}
