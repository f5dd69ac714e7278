package id.merit.orgunit;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about posts; internal lookups without scope checks (computations, imports). */
public interface PostQueries {

    Optional<PostView> byCode(String code);

    /** Every post, retired ones included. */
    List<PostView> all();

    /** Every post that is not retired. */
    List<PostView> active();

    /** Every acting official ever recorded (few rows; callers filter by date). */
    List<ActingOfficial> actingOfficials();
}
