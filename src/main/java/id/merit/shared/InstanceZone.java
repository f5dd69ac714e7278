package id.merit.shared;

import java.util.Optional;

/** The time zone an administrator set for this instance (the profile); when empty, {@code merit.time-zone} applies. */
public interface InstanceZone {

    Optional<java.time.ZoneId> zone();
}
