package id.merit.performance.web;

import id.merit.performance.domain.CalibrationService;
import id.merit.performance.domain.ComplianceService;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.shared.WorkQueue;
import java.util.List;
import org.springframework.stereotype.Component;

/** Landing page: an OPD head whose OPD's ratings of this year BKPSDM returned for review. */
@Component
class CalibrationWorkQueue implements WorkQueue {
    private final CalibrationService calibration;
    private final ComplianceService compliance;

    CalibrationWorkQueue(CalibrationService calibration, ComplianceService compliance) {
        this.calibration = calibration;
        this.compliance = compliance;
    }

    @Override
    public List<Item> waitingFor(CurrentUser user) {
        if (!user.is(Role.OPD_HEAD)) {
            return List.of();
        }
        int year = compliance.currentYear();
        long returned = calibration.returnedOpds(year);
        return returned == 0 ? List.of() : List.of(new Item("work.calibration.returned", returned,
                "/performance/calibration/" + year + "?returned", true));
    }
}
