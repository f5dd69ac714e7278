/**
 * Track-record investigations of officials (penelusuran rekam jejak; issue 14 item 5, seed 004, regulations.md §6.3
 * row 4 and §6.6): an investigation for a set of officials (candidates for JPT Pratama, administrator, pengawas and
 * lurah posts), teams led by an assistant with members from BKPP and the inspectorate (ASSESSOR accounts, identity),
 * each assigned OPDs, kecamatan and kelurahan of the OPD tree (orgunit) with a deadline; a dossier per official compiled
 * from the registry (employee positions and awards, performance, assessment, discipline) plus what the team records;
 * progress per team against its deadline and a summary for the regent as PDF. Assessors see only what their team is
 * assigned (enforced in {@code domain.TrackRecordService}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "employee", "performance", "discipline",
        "orgunit", "identity", "assessment"})
package id.merit.trackrecord;
