/**
 * Discipline (PP 94/2021; PP 53/2010 for older figures and the transitional sedang kinds): every rule of discipline law
 * — the absence tables and the regime choice ({@link id.merit.discipline.AbsenceRecommendations}, one band type
 * {@link id.merit.discipline.SanctionBand}), the recommendation and relief lists — cases from attendance
 * recommendations, field inspections (sidak) or by hand, the authority to punish, decisions and their letters, the
 * register of imposed punishments ({@link id.merit.discipline.PunishmentQueries}), circulars (surat edaran) with their
 * acknowledgements ({@link id.merit.discipline.CircularQueries}) and yearly counts per OPD. Reads attendance's facts
 * through {@code AttendanceQueries}; registry moves reach it as {@code EmployeeMoved} events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "dataimport", "orgunit", "employee", "audit", "attendance", "profile"})
package id.merit.discipline;
