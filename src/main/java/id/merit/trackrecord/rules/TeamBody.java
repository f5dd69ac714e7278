package id.merit.trackrecord.rules;

/** Where a team member comes from (seed 004): the personnel agency (BKPP/BKPSDM) or the inspectorate. */
public enum TeamBody { PERSONNEL_AGENCY, INSPECTORATE }
