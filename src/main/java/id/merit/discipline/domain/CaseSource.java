package id.merit.discipline.domain;

/** How a discipline case came about: an attendance recommendation, a field-inspection finding, or by hand. */
public enum CaseSource { ATTENDANCE, INSPECTION, MANUAL }
