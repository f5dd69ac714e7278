/**
 * Selection for managerial posts: the eligibility of an employee for a JPT Pratama open selection (PP 11/2017 Pasal 107
 * as amended by PP 17/2020, plus the announcement rules of rules-defaults.md) and for Administrator and Pengawas posts
 * (PP 11/2017 Pasal 54), {@code GET /api/v1/employees/{nip}/eligibility/jpt-pratama} and the "Kelayakan jabatan"
 * section of the employee page. Reads the registry, SKP predicates and punishments through the owners' queries.
 * <p>Open selection rounds ({@code /selection/rounds}): a vacant JPT Pratama post of the catalogue (orgunit), the
 * oversight body's recommendation, the announcement window, applicants and the administrative screening.
 * <p>The panel ({@code /selection/rounds/{id}/panel}): 5–9 members (odd), each linked to an ASSESSOR account (identity),
 * conflict-of-interest declarations, blind scoring per stage, stage results and the ranking.
 * <p>The shortlist and the regent's decision ({@code /selection/rounds/{id}/shortlist}, {@code /selection/decisions}): the
 * three best with their dossiers (registry, IP ASN, SKP, assessment; the 9-box through {@code shared.TalentPlacements},
 * as talent depends on selection), the regent's choice with a rationale when not the first-ranked, cancelling and
 * repeating a round, the oversight report; {@link id.merit.selection.SelectionQueries} for the regent's dashboard.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "employee", "performance",
        "discipline", "orgunit", "identity", "assessment", "professionalism"})
package id.merit.selection;
