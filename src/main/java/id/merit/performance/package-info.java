/**
 * Performance management (SKP, PermenPANRB 6/2022): evaluations per employee, year and period with their ratings and
 * predicate ({@link id.merit.performance.PerformanceQueries}), the {@code performance} import and
 * {@code GET /api/v1/employees/{nip}/performance/{year}}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "dataimport", "employee", "orgunit", "audit", "attendance", "profile"})
package id.merit.performance;
