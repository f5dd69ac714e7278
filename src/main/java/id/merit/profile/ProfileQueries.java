package id.merit.profile;

import java.util.Optional;

/** The instance profile for other modules (letters): empty until an administrator has saved it. */
public interface ProfileQueries {

    Optional<InstanceProfile> current();
}
