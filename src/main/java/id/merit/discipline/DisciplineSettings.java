package id.merit.discipline;

import java.time.LocalDate;

/**
 * Discipline's versioned settings that other modules must follow: attendance cites the same sedang regime in its
 * recommendations as decisions apply, so there is one setting for both (administrator, {@code /discipline/settings}).
 */
public interface DisciplineSettings {

    /** Which kinds a sedang punishment takes on {@code day}. */
    SedangRegime sedangRegimeOn(LocalDate day);
}
