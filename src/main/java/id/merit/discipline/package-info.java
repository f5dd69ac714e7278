/**
 * Discipline (PP 94/2021; PP 53/2010 for the transitional sedang kinds): cases from attendance recommendations,
 * field inspections (sidak) or by hand, the authority to punish, decisions and their letters, the register of
 * imposed punishments ({@link id.merit.discipline.PunishmentQueries}), circulars (surat edaran) with their
 * acknowledgements ({@link id.merit.discipline.CircularQueries}) and yearly counts per OPD.
 * Does not depend on attendance: an attendance recommendation arrives as a link with its band and basis.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "orgunit", "employee", "audit"})
package id.merit.discipline;
