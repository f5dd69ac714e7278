package id.merit.unitassessment;

import java.util.List;

/**
 * The unit (OPD) assessment for other modules (the regent's dashboard): unscoped, every top-level OPD. The score is its
 * own figure: it does not feed the organisational predicate of the SKP calibration.
 */
public interface UnitAssessmentQueries {

    /** The league table of {@code year}, best first; empty for a year outside 2015 to the current year. */
    List<UnitScore> leagueTable(int year);
}
