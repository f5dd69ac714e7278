package id.merit.selection.domain;

import id.merit.assessment.AssessmentQueries;
import id.merit.assessment.AssessmentRecord;
import id.merit.assessment.JpmBand;
import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeView;
import id.merit.performance.PerformanceQueries;
import id.merit.performance.PerformanceRecord;
import id.merit.performance.SkpPeriod;
import id.merit.professionalism.IpAsnLine;
import id.merit.professionalism.ProfessionalismQueries;
import id.merit.selection.SelectionQueries;
import id.merit.selection.rules.DecisionPolicy;
import id.merit.selection.rules.RoundState;
import id.merit.selection.rules.Stage;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.TalentPlacements;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shortlist and the regent's decision (issue 14 item 4; regulations.md §6.3 row 6): once the ranking is final, ADMIN
 * or OFFICER forward the three best (fewer if fewer passed) to the regent; each shortlisted candidate has a dossier
 * (registry, IP ASN, 9-box, SKP history, latest assessment, stage scores and total; an external candidate only what the
 * round holds); only the REGENT chooses, once, and another than the first-ranked only with a written rationale. The
 * oversight report lists ranking, shortlist, choice and rationale. Rules in {@link DecisionPolicy}; every step audited.
 */
@Service
public class DecisionService implements SelectionQueries {
    static final String AUDIT_SHORTLIST = "SELECTION_SHORTLIST";
    static final String AUDIT_DECISION = "SELECTION_DECISION";
    /** Years of IP ASN and SKP shown in a dossier. */
    public static final int DOSSIER_YEARS = 5;

    private final JdbcTemplate jdbc;
    private final RoundService rounds;
    private final PanelService panel;
    private final EmployeeQueries employees;
    private final ProfessionalismQueries ipAsn;
    private final PerformanceQueries performance;
    private final AssessmentQueries assessments;
    private final ObjectProvider<TalentPlacements> talent;
    private final AuditLog audit;
    private final Clock clock;

    DecisionService(JdbcTemplate jdbc, RoundService rounds, PanelService panel, EmployeeQueries employees, ProfessionalismQueries ipAsn,
                    PerformanceQueries performance, AssessmentQueries assessments, ObjectProvider<TalentPlacements> talent, AuditLog audit,
                    Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.panel = panel;
        this.employees = employees;
        this.ipAsn = ipAsn;
        this.performance = performance;
        this.assessments = assessments;
        this.talent = talent;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- read models ------------------------------------------------------------------------------------------------

    /** What the registry and the other modules hold on an internal candidate; {@code employee} null when no longer in the registry. */
    public record Dossier(EmployeeView employee, List<IpAsnLine> ipAsn, TalentPlacements.Placement box, boolean boxAvailable,
                          List<PerformanceRecord> skp, AssessmentRecord assessment, JpmBand band) {
    }

    /** A candidate on the shortlist (or proposed for it): position 1–3, rank and final score of the ranking, stage scores. */
    public record Entry(int position, int rank, BigDecimal finalScore, RoundService.ApplicationView application,
                        Map<Stage, BigDecimal> stageScores, Dossier dossier) {
        public boolean internal() {
            return application.kind() == Application.Kind.INTERNAL;
        }

        public boolean rationaleRequired() {
            return DecisionPolicy.rationaleRequired(rank);
        }
    }

    public record DecisionView(long applicationId, String name, int rank, String rationale, String decidedBy, OffsetDateTime decidedAt) {
        public boolean firstRanked() {
            return !DecisionPolicy.rationaleRequired(rank);
        }
    }

    /**
     * The round's shortlist: {@code forwarded} false = the proposal from the final ranking ({@code rankingFinal}), or
     * nothing yet. {@code stages} the weighted stages, for the score columns.
     */
    public record ShortlistView(RoundService.RoundView round, boolean rankingFinal, List<Stage> stages, boolean forwarded,
                                boolean tieAtBoundary, String forwardedBy, OffsetDateTime forwardedAt, List<Entry> entries,
                                DecisionView decision) {
        public boolean canForward() {
            return DecisionPolicy.forward(round.state(), rankingFinal, entries.size()).isEmpty();
        }

        public boolean canDecide() {
            return round.state() == RoundState.SHORTLISTED && decision == null;
        }

        public boolean canCancel() {
            return round.state().canMoveTo(RoundState.CANCELLED);
        }

        public boolean canRepeat() {
            return round.state() == RoundState.CANCELLED && round.repeatedByRoundId() == null;
        }
    }

    /** The oversight report: the round, its final ranking (null before it is final), the shortlist and the decision. */
    public record OversightReport(ShortlistView shortlist, PanelService.RankingView ranking, LocalDate printedOn) {
    }

    // ---- pages ------------------------------------------------------------------------------------------------------

    /** The shortlist with the dossiers; read-write, so the views of the candidates' records commit with the request. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional
    public ShortlistView shortlist(long roundId) {
        return view(roundId, true);
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional
    public OversightReport oversight(long roundId) {
        ShortlistView s = view(roundId, false);
        return new OversightReport(s, panel.finalRanking(roundId).orElse(null), rounds.today());
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional(readOnly = true)
    public List<AwaitingChoice> awaitingChoice() {
        return jdbc.query("""
                SELECT r.id, r.title, r.post_name, r.opd_name, s.forwarded_at,
                       (SELECT count(*) FROM selection.shortlist_entry e WHERE e.round_id = r.id)
                FROM selection.round r JOIN selection.shortlist s ON s.round_id = r.id
                WHERE r.state = 'SHORTLISTED' ORDER BY s.forwarded_at, r.id""",
                (rs, i) -> new AwaitingChoice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), odt(rs.getTimestamp(5)),
                        rs.getInt(6)));
    }

    /** How many rounds wait for the regent's choice (the landing page's count of {@link #awaitingChoice()}). */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional(readOnly = true)
    public long awaitingCount() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM selection.round WHERE state = 'SHORTLISTED'", Long.class);
        return n == null ? 0 : n;
    }

    // ---- steps ------------------------------------------------------------------------------------------------------

    /** ADMIN or OFFICER forward the first three of the final ranking (fewer if fewer passed) to the regent. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public void forward(long roundId) {
        RoundState state = lock(roundId);
        PanelService.RankingView ranking = panel.finalRanking(roundId).orElse(null);
        List<PanelService.RankingRow> rows = ranking == null ? List.of() : ranking.rows();
        refuse(DecisionPolicy.forward(state, ranking != null, rows.size()));
        int n = DecisionPolicy.shortlistSize(rows.size());
        boolean tie = DecisionPolicy.tieAtBoundary(rows.stream().map(PanelService.RankingRow::rank).toList());
        jdbc.update("INSERT INTO selection.shortlist (round_id, tie_at_boundary, forwarded_by, forwarded_at) VALUES (?, ?, ?, ?)", roundId, tie,
                CurrentUser.actorName(), now());
        List<Map<String, Object>> listed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PanelService.RankingRow row = rows.get(i);
            jdbc.update("INSERT INTO selection.shortlist_entry (round_id, position, application_id, rank, final_score) VALUES (?, ?, ?, ?, ?)",
                    roundId, i + 1, row.candidate().id(), row.rank(), row.finalScore());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("position", i + 1);
            m.put("application", row.candidate().id());
            m.put("name", row.candidate().name());
            m.put("rank", row.rank());
            m.put("finalScore", row.finalScore().toPlainString());
            listed.add(m);
        }
        setState(roundId, RoundState.SHORTLISTED);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("round", roundId);
        after.put("candidates", listed);
        after.put("tieAtBoundary", tie);
        audit.changed(AuditAction.CREATE, AUDIT_SHORTLIST, String.valueOf(roundId), "shortlist of " + n, null, after);
    }

    /**
     * Only the REGENT chooses, once, a shortlisted candidate; another than the first-ranked needs {@code rationale}
     * (refused without it, nothing stored). Stored, audited and shown in the oversight report.
     */
    @PreAuthorize("hasRole('REGENT')")
    @Transactional
    public void decide(long roundId, long applicationId, String rationale) {
        RoundState state = lock(roundId);
        String why = rationale == null || rationale.isBlank() ? null : rationale.trim();
        List<Object[]> entry = jdbc.query("""
                SELECT e.rank, a.name FROM selection.shortlist_entry e JOIN selection.application a ON a.id = e.application_id
                WHERE e.round_id = ? AND e.application_id = ?""", (rs, i) -> new Object[] {rs.getInt(1), rs.getString(2)}, roundId, applicationId);
        Integer rank = entry.isEmpty() ? null : (Integer) entry.get(0)[0];
        refuse(DecisionPolicy.decide(state, rank, why));
        jdbc.update("INSERT INTO selection.decision (round_id, application_id, rank, rationale, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)",
                roundId, applicationId, rank, why, CurrentUser.actorName(), now());
        setState(roundId, RoundState.DECIDED);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("round", roundId);
        after.put("application", applicationId);
        after.put("name", entry.get(0)[1]);
        after.put("rank", rank);
        after.put("firstRanked", !DecisionPolicy.rationaleRequired(rank));
        after.put("rationale", why);
        audit.changed(AuditAction.CREATE, AUDIT_DECISION, String.valueOf(roundId), (String) entry.get(0)[1], null, after);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private ShortlistView view(long roundId, boolean dossiers) {
        RoundService.RoundView round = rounds.get(roundId);
        Map<Long, RoundService.ApplicationView> apps = round.applications().stream()
                .collect(Collectors.toMap(RoundService.ApplicationView::id, Function.identity()));
        Optional<PanelService.RankingView> ranking = panel.finalRanking(roundId);
        List<Stage> stages = ranking.map(r -> r.stages().stream().filter(s -> s.weight() > 0).map(PanelService.StageInfo::stage).toList())
                .orElse(List.of());
        Map<Long, PanelService.RankingRow> byCandidate = ranking.map(r -> r.rows().stream()
                .collect(Collectors.toMap(x -> x.candidate().id(), Function.identity()))).orElse(Map.of());
        List<Object[]> head = jdbc.query("SELECT tie_at_boundary, forwarded_by, forwarded_at FROM selection.shortlist WHERE round_id = ?",
                (rs, i) -> new Object[] {rs.getBoolean(1), rs.getString(2), odt(rs.getTimestamp(3))}, roundId);
        List<Entry> entries = new ArrayList<>();
        boolean tie;
        if (!head.isEmpty()) {
            tie = (Boolean) head.get(0)[0];
            jdbc.query("SELECT position, application_id, rank, final_score FROM selection.shortlist_entry WHERE round_id = ? ORDER BY position",
                    rs -> {
                        long app = rs.getLong(2);
                        PanelService.RankingRow row = byCandidate.get(app);
                        entries.add(new Entry(rs.getInt(1), rs.getInt(3), rs.getBigDecimal(4), apps.get(app),
                                row == null ? Map.of() : row.stageScores(), null));
                    }, roundId);
        } else {
            List<PanelService.RankingRow> rows = ranking.map(PanelService.RankingView::rows).orElse(List.of());
            tie = DecisionPolicy.tieAtBoundary(rows.stream().map(PanelService.RankingRow::rank).toList());
            for (int i = 0; i < DecisionPolicy.shortlistSize(rows.size()); i++) {
                PanelService.RankingRow row = rows.get(i);
                entries.add(new Entry(i + 1, row.rank(), row.finalScore(), apps.get(row.candidate().id()), row.stageScores(), null));
            }
        }
        List<Entry> withDossiers = dossiers && round.state() != RoundState.CANCELLED
                ? entries.stream().map(e -> new Entry(e.position(), e.rank(), e.finalScore(), e.application(), e.stageScores(), dossier(e))).toList()
                : entries;
        List<DecisionView> decision = jdbc.query("""
                SELECT d.application_id, a.name, d.rank, d.rationale, d.decided_by, d.decided_at FROM selection.decision d
                JOIN selection.application a ON a.id = d.application_id WHERE d.round_id = ?""",
                (rs, i) -> new DecisionView(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        odt(rs.getTimestamp(6))), roundId);
        return new ShortlistView(round, ranking.isPresent(), stages, !head.isEmpty(), tie, head.isEmpty() ? null : (String) head.get(0)[1],
                head.isEmpty() ? null : (OffsetDateTime) head.get(0)[2], withDossiers, decision.isEmpty() ? null : decision.get(0));
    }

    /** The dossier of an internal candidate (the view of their record is audited by EmployeeQueries); null for an external one. */
    private Dossier dossier(Entry e) {
        if (!e.internal() || e.application().nip() == null) {
            return null;
        }
        String nip = e.application().nip();
        EmployeeView employee;
        try {
            employee = employees.get(nip);
        } catch (NotFoundProblem gone) {
            return new Dossier(null, List.of(), null, false, List.of(), null, null);
        }
        int year = rounds.today().getYear();
        List<IpAsnLine> index = ipAsn.history(employee, year - DOSSIER_YEARS + 1, year);
        TalentPlacements placements = talent.getIfAvailable();
        TalentPlacements.Placement box = placements == null ? null : placements.latest(nip).orElse(null);
        List<PerformanceRecord> skp = performance.forEmployee(nip).stream().filter(p -> p.period() == SkpPeriod.ANNUAL)
                .limit(DOSSIER_YEARS).toList();
        AssessmentRecord latest = assessments.forEmployee(nip).stream().findFirst().orElse(null);
        return new Dossier(employee, index, box, placements != null, skp, latest, latest == null ? null : assessments.band(latest));
    }

    /** The round's state, its row locked so that concurrent steps of one round are serialised. */
    private RoundState lock(long roundId) {
        List<String> s = jdbc.queryForList("SELECT state FROM selection.round WHERE id = ? FOR UPDATE", String.class, roundId);
        if (s.isEmpty()) {
            throw new NotFoundProblem("selection.round.notFound", roundId);
        }
        return RoundState.valueOf(s.get(0));
    }

    private void setState(long roundId, RoundState state) {
        jdbc.update("UPDATE selection.round SET state = ?, updated_at = ?, version = version + 1 WHERE id = ?", state.name(), now(), roundId);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static OffsetDateTime odt(Timestamp t) {
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static void refuse(Optional<id.merit.selection.rules.Refusal> refusal) {
        if (refusal.isPresent()) {
            PanelService.Problem p = PanelService.problem(refusal.get());
            throw new BusinessProblem(null, p.key(), p.args());
        }
    }
}
