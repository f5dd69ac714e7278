package id.merit.selection.rules;

/** The administrative screening of an application: not yet decided, passed or failed. */
public enum ScreeningResult {
    PENDING, PASSED, FAILED
}
