package id.merit.employee;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reporting lines derived from the post catalogue (see {@code employee.rules.SuperiorPolicy}): the direct superior
 * (atasan langsung) of any employee on any date, for performance raters, discipline summons, relief and the
 * employee page. Internal lookup without scope checks: callers apply their own.
 */
public interface ReportingLines {

    /** {@code standing} is DEFINITIVE, PLT or PLH; {@code vacantSkipped} counts vacant posts passed over. */
    record DirectSuperior(String nip, String name, String postCode, String postName, String standing, int vacantSkipped) {
    }

    /**
     * The answer for one employee and date: {@code superior} when found, otherwise {@code reason} is NOT_LINKED (no
     * position linked to a post on that date), TOP_POST or ALL_VACANT. {@code ownPostCode} is the employee's post.
     */
    record Answer(String ownPostCode, DirectSuperior superior, String reason) {

        public Optional<DirectSuperior> found() {
            return Optional.ofNullable(superior);
        }
    }

    Answer directSuperior(String nip, LocalDate on);
}
