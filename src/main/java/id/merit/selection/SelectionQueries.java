package id.merit.selection;

import java.time.OffsetDateTime;
import java.util.List;

/** What other modules (the regent's dashboard) may ask about open selections. For ADMIN, OFFICER and REGENT. */
public interface SelectionQueries {

    /** The rounds whose shortlist waits for the regent's choice, the longest waiting first (the list {@code /selection/decisions}). */
    List<AwaitingChoice> awaitingChoice();

    /** A round waiting for the regent: its post, when the shortlist was forwarded and how many candidates are on it. */
    record AwaitingChoice(long roundId, String title, String postName, String opdName, OffsetDateTime forwardedAt, int candidates) {
    }
}
