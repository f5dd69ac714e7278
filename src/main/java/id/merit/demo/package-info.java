/**
 * The demo regency: generated deterministically from a seed (OPDs, staff with histories, one account per role).
 * Seeded on first start in demo mode; the same generator makes large data sets for bench/.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "dataimport", "orgunit", "employee", "identity", "assessment", "performance"})
package id.merit.demo;
