/**
 * Talent management (PermenPANRB 3/2020 as amended by PermenPANRB 20/2025; PP 11/2017 Ps 199 and 203): the 9-box
 * placement of an employee for a year from the ANNUAL SKP predicate and the latest competency assessment, the talent
 * pool (Kelompok Rencana Suksesi) with the reasons that keep someone out, the API
 * {@code GET /api/v1/employees/{nip}/talent/{year}} and the talent section of the employee page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "employee", "orgunit", "performance", "assessment", "discipline",
        "selection"})
package id.merit.talent;
