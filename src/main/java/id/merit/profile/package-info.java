/**
 * The instance profile: the regency or city Merit serves, its BKPSDM (name, address, logo), the time zone (WIB, WITA,
 * WIT) and the signing official. Letters read it through {@link id.merit.profile.ProfileQueries}; dates and times
 * through {@link id.merit.shared.InstanceZone}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package id.merit.profile;
