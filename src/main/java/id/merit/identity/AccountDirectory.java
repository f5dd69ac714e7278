package id.merit.identity;

import java.util.Optional;

/** Reads an account by its user name for other modules (e.g. linking a selection panel member to an ASSESSOR account). */
public interface AccountDirectory {

    /** The account named {@code username} (case-insensitive), if any. */
    Optional<UserView> byUsername(String username);
}
