package id.merit.orgunit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Who fills which post on a date, provided by the module that owns staff (employee depends on orgunit, not the
 * other way round), like {@link OpdStaffCounts}.
 */
public interface PostHolders {

    /**
     * One holder of a post: a position-history row linked to it and running on the date. {@code retirementAgeOn} is
     * the day they reach the retirement age of that position; {@code retiringSoon} when it is within two years.
     */
    record Holder(String postCode, String nip, String name, LocalDate since, LocalDate retirementAgeOn,
                  boolean retiringSoon) {
    }

    /** Post code → its holders on {@code on}, by start date. */
    Map<String, List<Holder>> holdersOn(LocalDate on);

    /** Current positions (no end date) of staff in these OPDs that are not linked to a post. */
    List<UnlinkedPosition> unlinked(java.util.Set<Long> opdIds);

    /** BKPSDM links an employee's current position to an active post. */
    void linkCurrentPosition(String nip, String postCode);

    record UnlinkedPosition(String nip, String name, String positionName, String positionKind, String positionLevel,
                            long opdId, LocalDate startDate) {
    }
}
