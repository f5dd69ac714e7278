package id.merit.selection.domain;

import id.merit.assessment.AssessmentPurpose;
import id.merit.assessment.AssessmentQueries;
import id.merit.assessment.JpmBand;
import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.identity.AccountDirectory;
import id.merit.identity.UserView;
import id.merit.selection.rules.PanelParameters;
import id.merit.selection.rules.PanelPolicy;
import id.merit.selection.rules.Ranking;
import id.merit.selection.rules.Refusal;
import id.merit.selection.rules.RoundRefusal;
import id.merit.selection.rules.RoundState;
import id.merit.selection.rules.Stage;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The selection panel of a round and its blind scoring (issue 14 item 3; regulations.md §6.3–6.4): officers (ADMIN,
 * OFFICER) compose the panel (5–9 members, odd, each linked to an ASSESSOR account), set the stage weights and the
 * tie-break order until the assessment opens, open it and close each stage; members (ASSESSOR accounts, only on the
 * rounds they sit on) declare conflicts of interest and score each candidate once per weighted stage; the scores of a
 * candidate at a stage are read by a member only after submitting their own, by officials (ADMIN, OFFICER, REGENT)
 * only once the stage is closed. Every step is audited; a submitted score is audited without its value, so the audit
 * trail cannot reveal it before the stage closes. Refusals come from {@link PanelPolicy}.
 */
@Service
public class PanelService {
    static final String AUDIT_PANEL = "SELECTION_PANEL";
    static final String AUDIT_PLAN = "SELECTION_PLAN";
    static final String AUDIT_CONFLICT = "SELECTION_CONFLICT";
    static final String AUDIT_SCORE = "SELECTION_SCORE";
    private static final PanelParameters RULES = PanelParameters.DEFAULTS;

    private final JdbcTemplate jdbc;
    private final EmployeeDirectory employees;
    private final AccountDirectory accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final AssessmentQueries assessments;

    PanelService(JdbcTemplate jdbc, EmployeeDirectory employees, AccountDirectory accounts, AuditLog audit, Clock clock,
                 AssessmentQueries assessments) {
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.employees = employees;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- read models ------------------------------------------------------------------------------------------------

    public record Member(long id, String kind, String nip, String name, String institution, String username) {
        public boolean internal() {
            return "INTERNAL".equals(kind);
        }
    }

    /** A stage of the round: weight, share of the total weight in percent, closed, scores submitted of those expected. */
    public record StageInfo(Stage stage, int weight, BigDecimal percent, boolean closed, OffsetDateTime closedAt, long submitted,
                            long expected) {
    }

    public record CandidateRef(long id, String name, String nip, String origin) {
    }

    /** A refusal already turned into a message key and its arguments. */
    public record Problem(String key, Object[] args) {
    }

    public record PanelView(long roundId, String title, RoundState state, List<Member> members, long internal, long external,
                            Problem sizeProblem, List<StageInfo> stages, List<Stage> tieBreak, boolean opened, OffsetDateTime openedAt,
                            List<CandidateRef> candidates, long pending) {
        public long internalPercent() {
            return members.isEmpty() ? 0 : Math.round(100.0 * internal / members.size());
        }

        public boolean allClosed() {
            return opened && stages.stream().filter(s -> s.weight() > 0).allMatch(StageInfo::closed);
        }
    }

    public record MyRound(long roundId, String title, String postName, boolean opened) {
    }

    public record ScoringView(long roundId, String title, String postName, Member me, boolean opened, List<StageInfo> stages,
                              List<CandidateRef> candidates, Map<Long, String> conflicts, Map<String, BigDecimal> myScores) {
        public BigDecimal mine(long candidate, Stage stage) {
            return myScores.get(candidate + ":" + stage.name());
        }
    }

    public record ScoreLine(String member, BigDecimal score, OffsetDateTime submittedAt) {
    }

    public record ScoreSheet(long roundId, String title, CandidateRef candidate, Stage stage, boolean closed, List<ScoreLine> lines,
                             BigDecimal mean) {
    }

    public record ResultRow(int rank, CandidateRef candidate, BigDecimal score, int scores, JpmBand band) {
    }

    public record StageResults(long roundId, String title, String postName, Stage stage, OffsetDateTime closedAt, List<ResultRow> rows) {
    }

    public record RankingRow(int rank, CandidateRef candidate, Map<Stage, BigDecimal> stageScores, BigDecimal finalScore) {
    }

    public record RankingView(long roundId, String title, String postName, List<StageInfo> stages, List<Stage> tieBreak,
                              List<RankingRow> rows) {
    }

    public record NewMember(String nip, String name, String institution, String username) {
    }

    // ---- officials: the panel, the plan, opening, closing stages ---------------------------------------------------

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional(readOnly = true)
    public PanelView panel(long roundId) {
        RoundRow r = round(roundId, false);
        List<Member> members = members(roundId);
        long internal = members.stream().filter(Member::internal).count();
        Plan plan = plan(roundId);
        List<CandidateRef> candidates = candidates(roundId);
        Long pending = jdbc.queryForObject("SELECT count(*) FROM selection.application WHERE round_id = ? AND screening = 'PENDING'",
                Long.class, roundId);
        Problem size = PanelPolicy.size(members.size(), RULES).map(PanelService::problem).orElse(null);
        return new PanelView(roundId, r.title(), r.state(), members, internal, members.size() - internal, size,
                stages(roundId, plan, members.size(), candidates.size()), plan.tieBreak(), plan.openedAt() != null, plan.openedAt(),
                candidates, pending == null ? 0 : pending);
    }

    /** An ASN of the registry joins the panel, logging in with the ASSESSOR account {@code username}. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public long addMember(long roundId, NewMember m, boolean internal) {
        round(roundId, true);
        String username = trim(m.username());
        UserView account = accounts.byUsername(username).filter(u -> u.role() == Role.ASSESSOR && u.enabled())
                .orElseThrow(() -> new BusinessProblem("username", "selection.refusal." + RoundRefusal.NOT_AN_ASSESSOR, username));
        String nip = null;
        Long employeeId = null;
        String name;
        String institution = trim(m.institution());
        if (internal) {
            String n = trim(m.nip());
            EmployeeRef ref = employees.ref(n == null ? "" : n)
                    .orElseThrow(() -> new BusinessProblem("nip", "selection.application.error.unknownNip", n));
            nip = ref.nip();
            employeeId = ref.id();
            name = ref.name();
        } else {
            name = trim(m.name());
            if (name == null || institution == null) {
                throw new BusinessProblem("name", "selection.panel.error.external");
            }
        }
        List<Member> current = members(roundId);
        final String memberNip = nip;
        boolean already = current.stream().anyMatch(x -> x.username().equalsIgnoreCase(account.username())
                || (memberNip != null && memberNip.equals(x.nip())));
        refuse("username", PanelPolicy.addMember(plan(roundId).openedAt() != null, current.size(), already, RULES));
        Long id = jdbc.queryForObject("""
                INSERT INTO selection.panel_member (round_id, kind, employee_id, nip, name, institution, username, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, roundId, internal ? "INTERNAL" : "EXTERNAL", employeeId, nip,
                name, institution, account.username(), CurrentUser.actorName(), now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("round", roundId);
        after.put("kind", internal ? "INTERNAL" : "EXTERNAL");
        after.put("nip", nip);
        after.put("name", name);
        after.put("institution", institution);
        after.put("username", account.username());
        audit.changed(AuditAction.CREATE, AUDIT_PANEL, String.valueOf(id), name, null, after);
        return id;
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public void removeMember(long roundId, long memberId) {
        round(roundId, true);
        Member m = members(roundId).stream().filter(x -> x.id() == memberId).findFirst()
                .orElseThrow(() -> new NotFoundProblem("selection.panel.memberNotFound", memberId));
        refuse(null, PanelPolicy.change(plan(roundId).openedAt() != null));
        jdbc.update("DELETE FROM selection.conflict WHERE member_id = ?", memberId);
        jdbc.update("DELETE FROM selection.panel_member WHERE id = ?", memberId);
        audit.changed(AuditAction.DELETE, AUDIT_PANEL, String.valueOf(memberId), m.name(), Map.of("round", roundId, "username", m.username()),
                null);
    }

    /** The stage weights (0–100 each, normalised to their sum) and the tie-break order, before the assessment opens. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public void plan(long roundId, Map<Stage, Integer> weights, List<Stage> tieBreak) {
        round(roundId, true);
        Plan before = plan(roundId);
        refuse("weights", PanelPolicy.plan(before.openedAt() != null, weights, tieBreak));
        savePlan(roundId, weights, tieBreak);
        audit.changed(AuditAction.UPDATE, AUDIT_PLAN, String.valueOf(roundId), "weights", snapshot(before),
                snapshot(new Plan(new EnumMap<>(weights), tieBreak, null, Map.of())));
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public void open(long roundId) {
        RoundRow r = round(roundId, true);
        Plan plan = plan(roundId);
        Long pending = jdbc.queryForObject("SELECT count(*) FROM selection.application WHERE round_id = ? AND screening = 'PENDING'",
                Long.class, roundId);
        refuse(null, PanelPolicy.open(r.state(), plan.openedAt() != null, members(roundId).size(), pending == null ? 0 : pending,
                candidates(roundId).size(), RULES));
        savePlan(roundId, plan.weights(), plan.tieBreak());
        jdbc.update("UPDATE selection.assessment SET opened_at = ?, opened_by = ?, version = version + 1 WHERE round_id = ?", now(),
                CurrentUser.actorName(), roundId);
        Map<String, Object> after = snapshot(plan);
        after.put("opened", true);
        audit.changed(AuditAction.UPDATE, AUDIT_PLAN, String.valueOf(roundId), "opened", snapshot(plan), after);
    }

    /** Closes a stage once every member without a conflict has scored every candidate; its results can then be read. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public void closeStage(long roundId, Stage stage) {
        round(roundId, true);
        Plan plan = plan(roundId);
        refuse(null, PanelPolicy.closeStage(plan.openedAt() != null, plan.weights().getOrDefault(stage, 0), plan.closed().containsKey(stage),
                missing(roundId, stage)));
        jdbc.update("UPDATE selection.stage SET closed_at = ?, closed_by = ? WHERE round_id = ? AND stage = ?", now(), CurrentUser.actorName(),
                roundId, stage.name());
        audit.changed(AuditAction.UPDATE, AUDIT_PLAN, roundId + ":" + stage.name(), "stage closed", Map.of("stage", stage.name(), "closed", false),
                Map.of("stage", stage.name(), "closed", true));
    }

    // ---- members: their rounds, conflicts, scores ---------------------------------------------------------------

    @PreAuthorize("hasRole('ASSESSOR')")
    @Transactional(readOnly = true)
    public List<MyRound> myRounds() {
        return jdbc.query("""
                SELECT r.id, r.title, r.post_name, a.opened_at IS NOT NULL AS opened FROM selection.panel_member m
                JOIN selection.round r ON r.id = m.round_id LEFT JOIN selection.assessment a ON a.round_id = r.id
                WHERE lower(m.username) = lower(?) ORDER BY r.created_at DESC, r.id DESC""",
                (rs, i) -> new MyRound(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)), CurrentUser.require().username());
    }

    @PreAuthorize("hasRole('ASSESSOR')")
    @Transactional(readOnly = true)
    public ScoringView scoring(long roundId) {
        RoundRow r = round(roundId, false);
        Member me = me(roundId);
        Plan plan = plan(roundId);
        List<CandidateRef> candidates = candidates(roundId);
        Map<Long, String> conflicts = new HashMap<>();
        jdbc.query("SELECT application_id, reason FROM selection.conflict WHERE member_id = ?",
                rs -> { conflicts.put(rs.getLong(1), rs.getString(2)); }, me.id());
        Map<String, BigDecimal> mine = new HashMap<>();
        jdbc.query("SELECT application_id, stage, score FROM selection.score WHERE member_id = ?",
                rs -> { mine.put(rs.getLong(1) + ":" + rs.getString(2), rs.getBigDecimal(3)); }, me.id());
        List<StageInfo> stages = stages(roundId, plan, members(roundId).size(), candidates.size()).stream().filter(s -> s.weight() > 0).toList();
        return new ScoringView(roundId, r.title(), r.postName(), me, plan.openedAt() != null, stages, candidates, conflicts, mine);
    }

    /** The member declares a conflict of interest with a candidate; from then on they may not score them. */
    @PreAuthorize("hasRole('ASSESSOR')")
    @Transactional
    public void declareConflict(long roundId, long applicationId, String reason) {
        round(roundId, true);
        Member me = me(roundId);
        CandidateRef c = candidate(roundId, applicationId);
        String why = trim(reason);
        if (why == null) {
            throw new BusinessProblem("reason", "selection.conflict.error.reason");
        }
        Boolean scored = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM selection.score WHERE member_id = ? AND application_id = ?)",
                Boolean.class, me.id(), applicationId);
        refuse("reason", PanelPolicy.declareConflict(Boolean.TRUE.equals(scored)));
        int n = jdbc.update("""
                INSERT INTO selection.conflict (member_id, application_id, reason, declared_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (member_id, application_id) DO NOTHING""", me.id(), applicationId, why, now());
        if (n == 1) {
            audit.changed(AuditAction.CREATE, AUDIT_CONFLICT, me.id() + ":" + applicationId, me.name() + " / " + c.name(), null,
                    Map.of("round", roundId, "member", me.username(), "candidate", c.name(), "reason", why));
        }
    }

    /** The member's score of a candidate at a stage, once, 0–100; refused with a declared conflict (server-enforced). */
    @PreAuthorize("hasRole('ASSESSOR')")
    @Transactional
    public void submitScore(long roundId, long applicationId, Stage stage, BigDecimal score) {
        round(roundId, true);
        Member me = me(roundId);
        CandidateRef c = candidate(roundId, applicationId);
        Plan plan = plan(roundId);
        Boolean conflicted = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM selection.conflict WHERE member_id = ? AND application_id = ?)",
                Boolean.class, me.id(), applicationId);
        Boolean scored = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM selection.score WHERE member_id = ? AND application_id = ? AND stage = ?)", Boolean.class, me.id(),
                applicationId, stage.name());
        refuse("score", PanelPolicy.score(plan.openedAt() != null, plan.weights().getOrDefault(stage, 0), plan.closed().containsKey(stage),
                Boolean.TRUE.equals(conflicted), Boolean.TRUE.equals(scored), score));
        jdbc.update("INSERT INTO selection.score (member_id, application_id, stage, score, submitted_at) VALUES (?, ?, ?, ?, ?)", me.id(),
                applicationId, stage.name(), score, now());
        audit.changed(AuditAction.CREATE, AUDIT_SCORE, me.id() + ":" + applicationId + ":" + stage.name(), me.name() + " / " + c.name(), null,
                Map.of("round", roundId, "member", me.username(), "candidate", c.name(), "stage", stage.name()));
    }

    /**
     * Every member's score of a candidate at a stage. Blind: a member reads them only after submitting their own;
     * ADMIN, OFFICER and REGENT only once the stage is closed. Otherwise 403.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT','ASSESSOR')")
    @Transactional // read-write: the view record commits with the request (AuditLog)
    public ScoreSheet scores(long roundId, long applicationId, Stage stage) {
        RoundRow r = round(roundId, false);
        CurrentUser user = CurrentUser.require();
        boolean closed = plan(roundId).closed().containsKey(stage);
        Member me = user.is(Role.ASSESSOR) ? me(roundId) : null;
        if (me == null && !PanelPolicy.mayRead(PanelPolicy.Reader.OFFICIAL, false, closed)) {
            // officials wait for the stage to close: a state of the round, said as a message (not a denial)
            throw new BusinessProblem(null, "selection.refusal." + RoundRefusal.STAGE_OPEN);
        }
        CandidateRef c = candidate(roundId, applicationId);
        if (me != null) {
            Boolean own = jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM selection.score WHERE member_id = ? AND application_id = ? AND stage = ?)", Boolean.class,
                    me.id(), applicationId, stage.name());
            if (!PanelPolicy.mayRead(PanelPolicy.Reader.MEMBER, Boolean.TRUE.equals(own), closed)) {
                throw new AccessDeniedProblem("blind scoring: the member has not submitted their own score");
            }
        }
        List<ScoreLine> lines = jdbc.query("""
                SELECT m.name, s.score, s.submitted_at FROM selection.score s JOIN selection.panel_member m ON m.id = s.member_id
                WHERE s.application_id = ? AND s.stage = ? ORDER BY m.name, m.id""",
                (rs, i) -> new ScoreLine(rs.getString(1), rs.getBigDecimal(2), odt(rs.getTimestamp(3))), applicationId, stage.name());
        audit.viewed(AUDIT_SCORE, roundId + ":" + applicationId + ":" + stage.name());
        return new ScoreSheet(roundId, r.title(), c, stage, closed, lines, Ranking.mean(lines.stream().map(ScoreLine::score).toList()));
    }

    // ---- results ------------------------------------------------------------------------------------------------

    /** The results of a closed stage, ranked by the stage score (announced after each stage). */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional(readOnly = true)
    public StageResults stageResults(long roundId, Stage stage) {
        RoundRow r = round(roundId, false);
        Plan plan = plan(roundId);
        if (!plan.closed().containsKey(stage)) {
            throw new BusinessProblem(null, "selection.refusal." + RoundRefusal.STAGE_OPEN);
        }
        Map<Long, List<BigDecimal>> scores = scoresOf(roundId, stage);
        List<Ranking.Candidate> cs = new ArrayList<>();
        Map<Long, CandidateRef> refs = new HashMap<>();
        for (CandidateRef c : candidates(roundId)) {
            refs.put(c.id(), c);
            BigDecimal mean = Ranking.mean(scores.getOrDefault(c.id(), List.of()));
            cs.add(new Ranking.Candidate(c.id(), c.name(), mean == null ? Map.of() : Map.of(stage, mean)));
        }
        List<ResultRow> rows = Ranking.rank(cs, Map.of(stage, 1), List.of()).stream().map(x -> {
            BigDecimal s = x.candidate().stageScores().get(stage);
            return new ResultRow(x.rank(), refs.get(x.candidate().id()), s, scores.getOrDefault(x.candidate().id(), List.of()).size(),
                    stage == Stage.COMPETENCY && s != null
                            ? assessments.band(AssessmentPurpose.SELECTION, s, plan.closed().get(stage).toLocalDate()) : null);
        }).toList();
        return new StageResults(roundId, r.title(), r.postName(), stage, plan.closed().get(stage), rows);
    }

    /** The final ranking once every weighted stage is closed, with the tie-break order it used. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional(readOnly = true)
    public RankingView ranking(long roundId) {
        return finalRanking(roundId).orElseThrow(() -> new BusinessProblem(null, "selection.refusal." + RoundRefusal.STAGE_OPEN));
    }

    /** {@link #ranking}, empty while a weighted stage is open (no exception, so a caller's transaction stays usable). */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional(readOnly = true)
    public Optional<RankingView> finalRanking(long roundId) {
        RoundRow r = round(roundId, false);
        Plan plan = plan(roundId);
        List<Stage> weighted = Arrays.stream(Stage.values()).filter(s -> plan.weights().getOrDefault(s, 0) > 0).toList();
        if (plan.openedAt() == null || !weighted.stream().allMatch(plan.closed()::containsKey)) {
            return Optional.empty();
        }
        Map<Stage, Map<Long, List<BigDecimal>>> all = new EnumMap<>(Stage.class);
        for (Stage s : weighted) {
            all.put(s, scoresOf(roundId, s));
        }
        List<CandidateRef> candidates = candidates(roundId);
        Map<Long, CandidateRef> refs = candidates.stream().collect(Collectors.toMap(CandidateRef::id, c -> c));
        List<Ranking.Candidate> cs = candidates.stream().map(c -> {
            Map<Stage, BigDecimal> m = new EnumMap<>(Stage.class);
            for (Stage s : weighted) {
                BigDecimal mean = Ranking.mean(all.get(s).getOrDefault(c.id(), List.of()));
                if (mean != null) {
                    m.put(s, mean);
                }
            }
            return new Ranking.Candidate(c.id(), c.name(), m);
        }).toList();
        List<RankingRow> rows = Ranking.rank(cs, plan.weights(), plan.tieBreak()).stream()
                .map(x -> new RankingRow(x.rank(), refs.get(x.candidate().id()), x.candidate().stageScores(), x.finalScore())).toList();
        return Optional.of(new RankingView(roundId, r.title(), r.postName(), stages(roundId, plan, members(roundId).size(), candidates.size()),
                plan.tieBreak(), rows));
    }

    /** The defaults of the rule set, for the form. */
    public PanelParameters rules() {
        return RULES;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    record RoundRow(long id, String title, String postName, RoundState state) {
    }

    private record Plan(Map<Stage, Integer> weights, List<Stage> tieBreak, OffsetDateTime openedAt, Map<Stage, OffsetDateTime> closed) {
    }

    /** The round; {@code lock}: FOR UPDATE, so that concurrent panel changes of one round are serialised. */
    private RoundRow round(long id, boolean lock) {
        List<RoundRow> r = jdbc.query("SELECT id, title, post_name, state FROM selection.round WHERE id = ?" + (lock ? " FOR UPDATE" : ""),
                (rs, i) -> new RoundRow(rs.getLong(1), rs.getString(2), rs.getString(3), RoundState.valueOf(rs.getString(4))), id);
        if (r.isEmpty()) {
            throw new NotFoundProblem("selection.round.notFound", id);
        }
        return r.get(0);
    }

    private List<Member> members(long roundId) {
        return jdbc.query("SELECT id, kind, nip, name, institution, username FROM selection.panel_member WHERE round_id = ? ORDER BY id",
                (rs, i) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
                roundId);
    }

    /** The current user's seat on the round's panel; 403 for an assessor who does not sit on it. */
    private Member me(long roundId) {
        String username = CurrentUser.require().username();
        return members(roundId).stream().filter(m -> m.username().equalsIgnoreCase(username)).findFirst()
                .orElseThrow(() -> new AccessDeniedProblem("not a member of this round's panel"));
    }

    private List<CandidateRef> candidates(long roundId) {
        return jdbc.query("""
                SELECT id, name, nip, origin_agency FROM selection.application WHERE round_id = ? AND screening = 'PASSED' ORDER BY name, id""",
                (rs, i) -> new CandidateRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), roundId);
    }

    private CandidateRef candidate(long roundId, long applicationId) {
        return candidates(roundId).stream().filter(c -> c.id() == applicationId).findFirst()
                .orElseThrow(() -> new NotFoundProblem("selection.application.notFound", applicationId));
    }

    private Plan plan(long roundId) {
        List<Object[]> a = jdbc.query("SELECT tie_break, opened_at FROM selection.assessment WHERE round_id = ?",
                (rs, i) -> new Object[] {rs.getString(1), odt(rs.getTimestamp(2))}, roundId);
        if (a.isEmpty()) {
            return new Plan(new EnumMap<>(RULES.weights()), RULES.tieBreak(), null, Map.of());
        }
        Map<Stage, Integer> weights = new EnumMap<>(Stage.class);
        Map<Stage, OffsetDateTime> closed = new EnumMap<>(Stage.class);
        jdbc.query("SELECT stage, weight, closed_at FROM selection.stage WHERE round_id = ?", rs -> {
            Stage s = Stage.valueOf(rs.getString(1));
            weights.put(s, rs.getInt(2));
            if (rs.getTimestamp(3) != null) {
                closed.put(s, odt(rs.getTimestamp(3)));
            }
        }, roundId);
        String tb = (String) a.get(0)[0];
        List<Stage> tieBreak = tb.isBlank() ? List.of() : Arrays.stream(tb.split(",")).map(Stage::valueOf).toList();
        return new Plan(weights, tieBreak, (OffsetDateTime) a.get(0)[1], closed);
    }

    private void savePlan(long roundId, Map<Stage, Integer> weights, List<Stage> tieBreak) {
        String tb = tieBreak.stream().map(Stage::name).collect(Collectors.joining(","));
        jdbc.update("""
                INSERT INTO selection.assessment (round_id, tie_break) VALUES (?, ?)
                ON CONFLICT (round_id) DO UPDATE SET tie_break = EXCLUDED.tie_break, version = selection.assessment.version + 1""", roundId, tb);
        for (Stage s : Stage.values()) {
            jdbc.update("""
                    INSERT INTO selection.stage (round_id, stage, weight) VALUES (?, ?, ?)
                    ON CONFLICT (round_id, stage) DO UPDATE SET weight = EXCLUDED.weight""", roundId, s.name(), weights.getOrDefault(s, 0));
        }
    }

    private List<StageInfo> stages(long roundId, Plan plan, int members, int candidates) {
        Map<String, Long> submitted = new HashMap<>();
        jdbc.query("""
                SELECT s.stage, count(*) FROM selection.score s JOIN selection.panel_member m ON m.id = s.member_id
                WHERE m.round_id = ? GROUP BY s.stage""", rs -> { submitted.put(rs.getString(1), rs.getLong(2)); }, roundId);
        Long conflicts = jdbc.queryForObject("""
                SELECT count(*) FROM selection.conflict c JOIN selection.panel_member m ON m.id = c.member_id
                JOIN selection.application a ON a.id = c.application_id WHERE m.round_id = ? AND a.screening = 'PASSED'""", Long.class, roundId);
        long expected = (long) members * candidates - (conflicts == null ? 0 : conflicts);
        int total = plan.weights().values().stream().mapToInt(Integer::intValue).sum();
        List<StageInfo> out = new ArrayList<>();
        for (Stage s : Stage.values()) {
            int w = plan.weights().getOrDefault(s, 0);
            BigDecimal pct = total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(100L * w).divide(BigDecimal.valueOf(total), 2,
                    java.math.RoundingMode.HALF_UP);
            out.add(new StageInfo(s, w, pct, plan.closed().containsKey(s), plan.closed().get(s), submitted.getOrDefault(s.name(), 0L),
                    w == 0 ? 0 : expected));
        }
        return out;
    }

    /** Scores still missing at a stage: PASSED candidates × members without a conflict with them, minus those submitted. */
    long missing(long roundId, Stage stage) {
        Long n = jdbc.queryForObject("""
                SELECT count(*) FROM selection.application a JOIN selection.panel_member m ON m.round_id = a.round_id
                WHERE a.round_id = ? AND a.screening = 'PASSED'
                  AND NOT EXISTS (SELECT 1 FROM selection.conflict c WHERE c.member_id = m.id AND c.application_id = a.id)
                  AND NOT EXISTS (SELECT 1 FROM selection.score s WHERE s.member_id = m.id AND s.application_id = a.id AND s.stage = ?)""",
                Long.class, roundId, stage.name());
        return n == null ? 0 : n;
    }

    private Map<Long, List<BigDecimal>> scoresOf(long roundId, Stage stage) {
        Map<Long, List<BigDecimal>> out = new HashMap<>();
        jdbc.query("""
                SELECT s.application_id, s.score FROM selection.score s JOIN selection.panel_member m ON m.id = s.member_id
                WHERE m.round_id = ? AND s.stage = ?""", rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getBigDecimal(2));
        }, roundId, stage.name());
        return out;
    }

    private static Map<String, Object> snapshot(Plan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Integer> w = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            w.put(s.name(), p.weights().getOrDefault(s, 0));
        }
        m.put("weights", w);
        m.put("tieBreak", p.tieBreak().stream().map(Stage::name).toList());
        return m;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static OffsetDateTime odt(Timestamp t) {
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static Problem problem(Refusal f) {
        Object[] args = f.args().stream().map(a -> a instanceof RoundState s
                ? new DefaultMessageSourceResolvable(new String[] {"selection.state." + s.name()}, s.name()) : a).toArray();
        return new Problem(f.key(), args);
    }

    private static void refuse(String field, Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            Problem p = problem(refusal.get());
            throw new BusinessProblem(field, p.key(), p.args());
        }
    }
}
