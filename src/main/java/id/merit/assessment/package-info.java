/**
 * Competency assessments (PermenPANRB 38/2017): JPM and potential per assessment with its purpose
 * ({@link id.merit.assessment.AssessmentQueries}), the JPM bands of the mapping and selection schemes, the
 * {@code assessments} import and the officers' form (both through one writer), the assessed level of each competency
 * and the gap to the levels the employee's post requires, with development suggestions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "dataimport", "employee", "orgunit", "audit"})
package id.merit.assessment;
