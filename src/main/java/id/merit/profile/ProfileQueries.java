package id.merit.profile;

import java.util.Optional;

/** The instance profile for other modules (letters): empty until an administrator has saved it. */
public interface ProfileQueries {

    Optional<InstanceProfile> current();

    /** The logo as a {@code data:} URI for a letterhead, when it is a PNG or JPEG (letters do not draw SVG). */
    Optional<String> logoDataUri();
}
