package id.merit.shared;

import java.util.Optional;

/**
 * The 9-box placement of one employee, for modules that the talent module itself depends on (selection: the
 * shortlisted candidate's dossier) and so cannot call talent directly. Implemented by the talent module; unscoped (the
 * caller has checked that the user may see the employee).
 */
public interface TalentPlacements {

    /** The placement of the latest year with an ANNUAL performance and an assessment before its end; empty without one. */
    Optional<Placement> latest(String nip);

    /** {@code box} 1–9 (PermenPANRB 3/2020 numbering; message key {@code talent.box.<box>}), in the talent pool or not. */
    record Placement(int year, int box, boolean talentPool) {
    }
}
