/**
 * Unit (OPD) assessment (issue 12 item 8, mission seed 003): each top-level OPD is scored yearly on performance (SKP
 * predicates, {@code PerformanceQueries}), discipline (punishments, {@code PunishmentQueries}, and attendance from
 * discipline's cached yearly figures), innovation and awards (recorded per OPD by the year's assessment team of the
 * inspectorate, BKD and the organisation bureau, with evidence) and personnel-data compliance (registry completeness,
 * {@code EmployeeQueries}); weights from {@code rules/UnitAssessmentParameters}. The league table page with drill-down,
 * {@code GET /api/v1/unit-assessments/{year}} and {@link id.merit.unitassessment.UnitAssessmentQueries} for the
 * dashboard. The score does not feed the organisational predicate.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "orgunit", "employee", "performance", "discipline",
        "attendance", "audit"})
package id.merit.unitassessment;
