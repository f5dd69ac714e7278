/**
 * Professionalism index (IP ASN, PermenPANRB 38/2018 and Perban BKN 8/2019): the calculator of the four dimensions
 * ({@code rules/IpAsnCalculator} with its parameters record), the per-employee API, the yearly one-pass computation
 * stored in {@code professionalism.index}, the rankings (employees and OPDs) and the employee-page history. Reads the
 * registry ({@code EmployeeQueries}, {@code EmployeeDirectory}), the SKP predicates ({@code PerformanceQueries}) and punishments
 * ({@code PunishmentQueries}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "employee", "orgunit", "performance", "discipline", "audit"})
package id.merit.professionalism;
