package id.merit.trackrecord;

import java.util.Optional;

/** What other modules (a selection's track-record stage, dashboards) may ask about track-record dossiers. Unscoped. */
public interface TrackRecordQueries {

    /** The newest dossier of the employee with this NIP in any investigation, if any. */
    Optional<DossierStatus> latestDossier(String nip);

    /** A dossier's state: its investigation, whether the team's findings are complete, and how many interviews it holds. */
    record DossierStatus(long investigationId, String investigationTitle, boolean complete, int interviews) {
    }
}
