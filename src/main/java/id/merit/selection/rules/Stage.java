package id.merit.selection.rules;

/**
 * The stages of an open JPT selection (regulations.md §6.3 row 4, PP 11/2017 Ps 113–127): administration, competency
 * assessment (its score is the JPM on the SELECTION scheme), track record, paper/presentation, interview, health.
 * {@link #scoredByDefault()}: the stages the panel scores 0–100 under the default rule set; ADMINISTRATION is the
 * screening of the applications (passed or failed) and HEALTH a fit/unfit test, so they carry no weight by default.
 */
public enum Stage {
    ADMINISTRATION(false), COMPETENCY(true), TRACK_RECORD(true), PAPER(true), INTERVIEW(true), HEALTH(false);

    private final boolean scoredByDefault;

    Stage(boolean scoredByDefault) {
        this.scoredByDefault = scoredByDefault;
    }

    public boolean scoredByDefault() {
        return scoredByDefault;
    }
}
