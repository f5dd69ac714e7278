/**
 * Reporting (read-only): the regent's dashboard {@code /dashboard/{year}} — staff by type, vacancies, IP ASN mean and
 * distribution, SKP compliance, the 9-box counts, the OPD league (mean IP ASN), the unit assessment league, the officials whose absence calls for action, the
 * honorary staff and the selections awaiting the regent's choice, the track-record investigations against their deadlines, the vacant key posts (and those whose holder retires within two years) with their ready successors — as a page (every figure linking to the list behind it) and as {@code .xlsx} and PDF. It computes nothing of
 * its own: every figure comes set-based from the owning module's public query interface.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "employee", "orgunit", "performance",
        "professionalism", "talent", "discipline", "unitassessment", "selection", "trackrecord"})
package id.merit.reporting;
