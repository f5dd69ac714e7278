package id.merit.shared;

import java.util.List;

/**
 * What waits for a user on their landing page (issue 15 item 2). Each module names its own waiting work for the
 * user's role and scope: a count and the list that shows exactly those rows, so that every count on the landing page
 * is a link and none is a dead end. The landing page collects every bean of this type.
 */
public interface WorkQueue {

    /** The items for this user, in the module's order; empty when the role has nothing to do here. */
    List<Item> waitingFor(CurrentUser user);

    /**
     * One kind of waiting work: {@code key} is the message key of its label (and, with dots as dashes, the element id),
     * {@code href} the list holding exactly {@code count} rows, {@code urgent} marks work past a deadline.
     */
    record Item(String key, long count, String href, boolean urgent) {

        public Item(String key, long count, String href) {
            this(key, count, href, false);
        }

        public String id() {
            return key.replace('.', '-');
        }
    }
}
