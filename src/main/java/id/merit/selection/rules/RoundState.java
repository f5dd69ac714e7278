package id.merit.selection.rules;

/**
 * The states of an open selection round (regulations.md §6.3): created as DRAFT, RECOMMENDED once the oversight body's
 * recommendation is recorded, ANNOUNCED with the vacancy announcement, CLOSED after registration closes. The panel,
 * stages, shortlist and decision (issue 14 items 3–5) continue from CLOSED.
 */
public enum RoundState {
    DRAFT, RECOMMENDED, ANNOUNCED, CLOSED, SHORTLISTED, DECIDED, CANCELLED;

    /** The state each step starts from; a step is allowed only from there. */
    public boolean canMoveTo(RoundState target) {
        return switch (target) {
            case DRAFT -> false;
            case RECOMMENDED -> this == DRAFT;
            case ANNOUNCED -> this == RECOMMENDED;
            case CLOSED -> this == ANNOUNCED;
            case SHORTLISTED -> this == CLOSED;
            case DECIDED -> this == SHORTLISTED;
            case CANCELLED -> this != DECIDED && this != CANCELLED;
        };
    }
}
