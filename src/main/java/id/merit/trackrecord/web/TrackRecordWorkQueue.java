package id.merit.trackrecord.web;

import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.shared.WorkQueue;
import id.merit.trackrecord.domain.TrackRecordService;
import id.merit.trackrecord.rules.Progress;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Landing page: a team member's dossiers still to complete (urgent once their team's deadline has passed), and BKPSDM's
 * investigations past their deadline with a dossier still open.
 */
@Component
class TrackRecordWorkQueue implements WorkQueue {
    private final TrackRecordService service;

    TrackRecordWorkQueue(TrackRecordService service) {
        this.service = service;
    }

    @Override
    public List<Item> waitingFor(CurrentUser user) {
        if (user.is(Role.ASSESSOR)) {
            List<TrackRecordService.Assigned> pending = service.assignedTo(user.username(), true);
            boolean late = pending.stream().anyMatch(a -> a.teamProgress() == Progress.OVERDUE);
            return List.of(new Item("work.trackrecord.assigned", pending.size(), "/track-records/assigned?pending=true", late));
        }
        if (user.is(Role.ADMIN, Role.OFFICER)) {
            long overdue = service.overdueCount();
            return List.of(new Item("work.trackrecord.overdue", overdue, "/track-records?overdue=true", overdue > 0));
        }
        return List.of();
    }
}
