package id.merit.discipline.rules;

/**
 * Where the accused stands relative to the deciding official (regulations.md §4.3): in the official's structural
 * line one or two levels below, or a functional official (JF) in the official's environment. Not used for the PPK,
 * whose power depends on the accused's position alone.
 */
public enum Relation {
    ONE_LEVEL_BELOW, TWO_LEVELS_BELOW, JF_IN_ENVIRONMENT;

    /** Structural distance (1 or 2); 0 for JF. */
    public int levels() {
        return switch (this) {
            case ONE_LEVEL_BELOW -> 1;
            case TWO_LEVELS_BELOW -> 2;
            case JF_IN_ENVIRONMENT -> 0;
        };
    }
}
