package id.merit.trackrecord;

import java.util.List;
import java.util.Optional;

/** What other modules (a selection's track-record stage, dashboards) may ask about track-record dossiers. Unscoped. */
public interface TrackRecordQueries {

    /** The newest dossier of the employee with this NIP in any investigation, if any. */
    Optional<DossierStatus> latestDossier(String nip);

    /**
     * The investigations not yet done (every dossier complete), the nearest deadline first: the regent's dashboard
     * lists them against their deadlines. {@code progress}: OPEN or OVERDUE (message key {@code trackrecord.progress.*}).
     */
    List<InvestigationStatus> unfinishedInvestigations();

    /** An investigation against its deadline: how many of its officials' dossiers are complete. */
    record InvestigationStatus(long id, String title, java.time.LocalDate deadline, long officials, long complete, String progress) {
    }

    /** A dossier's state: its investigation, whether the team's findings are complete, and how many interviews it holds. */
    record DossierStatus(long investigationId, String investigationTitle, boolean complete, int interviews) {
    }
}
