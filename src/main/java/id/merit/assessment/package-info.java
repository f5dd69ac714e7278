/**
 * Competency assessments (PermenPANRB 38/2017): JPM and potential per assessment with its purpose
 * ({@link id.merit.assessment.AssessmentQueries}), the JPM bands of the mapping and selection schemes, and the
 * {@code assessments} import.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "dataimport", "employee", "audit"})
package id.merit.assessment;
