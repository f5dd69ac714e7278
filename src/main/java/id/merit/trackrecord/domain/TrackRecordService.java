package id.merit.trackrecord.domain;

import id.merit.assessment.AssessmentQueries;
import id.merit.assessment.AssessmentRecord;
import id.merit.assessment.JpmBand;
import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.discipline.PunishmentQueries;
import id.merit.discipline.PunishmentRecord;
import id.merit.employee.AwardRecord;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.employee.PositionRecord;
import id.merit.identity.AccountDirectory;
import id.merit.identity.UserView;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.performance.PerformanceQueries;
import id.merit.performance.PerformanceRecord;
import id.merit.performance.SkpPeriod;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Formats;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import id.merit.trackrecord.TrackRecordQueries;
import id.merit.trackrecord.rules.DeadlineProgress;
import id.merit.trackrecord.rules.DossierCompleteness;
import id.merit.trackrecord.rules.Integrity;
import id.merit.trackrecord.rules.InterviewSource;
import id.merit.trackrecord.rules.Neutrality;
import id.merit.trackrecord.rules.OfficialCategory;
import id.merit.trackrecord.rules.Progress;
import id.merit.trackrecord.rules.SuperiorVerdict;
import id.merit.trackrecord.rules.TeamBody;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Track-record investigations (issue 14 item 5; seed 004): ADMIN and OFFICER open an investigation, add the officials
 * (from the registry by NIP), form teams (leader, members linked to ASSESSOR accounts) and assign them OPDs of the tree;
 * an official belongs to the team whose assigned OPD (or an ancestor of it) holds the official's OPD, the deepest such.
 * Team members (ASSESSOR accounts) read and complete the dossiers of their team only: any other dossier is 403 for them.
 * The REGENT reads the summary. Every recorded finding and interview is audited in the caller's transaction.
 */
@Service
public class TrackRecordService implements TrackRecordQueries {
    static final String AUDIT_INVESTIGATION = "TRACKRECORD_INVESTIGATION";
    static final String AUDIT_TEAM = "TRACKRECORD_TEAM";
    static final String AUDIT_OFFICIAL = "TRACKRECORD_OFFICIAL";
    static final String AUDIT_FINDING = "TRACKRECORD_FINDING";
    static final String AUDIT_INTERVIEW = "TRACKRECORD_INTERVIEW";
    static final String AUDIT_DOSSIER = "TRACKRECORD_DOSSIER";
    static final int POSITIONS = 5;

    private final JdbcTemplate jdbc;
    private final EmployeeDirectory employees;
    private final AccountDirectory accounts;
    private final OpdQueries opds;
    private final PerformanceQueries performance;
    private final AssessmentQueries assessments;
    private final PunishmentQueries punishments;
    private final AuditLog audit;
    private final Clock clock;
    private final Formats fmt;

    TrackRecordService(JdbcTemplate jdbc, EmployeeDirectory employees, AccountDirectory accounts, OpdQueries opds,
                       PerformanceQueries performance, AssessmentQueries assessments, PunishmentQueries punishments, AuditLog audit,
                       Clock clock, Formats fmt) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.accounts = accounts;
        this.opds = opds;
        this.performance = performance;
        this.assessments = assessments;
        this.punishments = punishments;
        this.audit = audit;
        this.clock = clock;
        this.fmt = fmt;
    }

    // ---- commands and read models -----------------------------------------------------------------------------------

    public record NewInvestigation(String title, String purpose, LocalDate deadline) {
    }

    public record NewTeam(String name, String leaderName, String leaderPosition, String leaderNip, LocalDate deadline) {
    }

    public record Findings(String superiorName, SuperiorVerdict superiorVerdict, String superiorNote, Neutrality neutrality,
                           String neutralityNote, Integrity integrity, String integrityNote, BigDecimal edijabScore) {
        public static final Findings NONE = new Findings(null, null, null, null, null, null, null, null);
    }

    public record NewInterview(InterviewSource source, String sourceName, LocalDate interviewedOn, String finding) {
    }

    public record InvestigationRow(long id, String title, LocalDate deadline, long officials, long complete, Progress progress) {
    }

    public record Member(long id, TeamBody body, String name, String username) {
    }

    public record Area(long opdId, String code, String name, id.merit.orgunit.OpdKind kind) {
    }

    public record Team(long id, String name, String leaderName, String leaderPosition, String leaderNip, LocalDate deadline,
                       List<Member> members, List<Area> areas, long dossiers, long complete, Progress progress, long daysLeft) {
    }

    public record Official(long id, String nip, String name, OfficialCategory category, String opdName, Long teamId, String teamName,
                           boolean complete, int interviews) {
    }

    public record InvestigationView(long id, String title, String purpose, LocalDate deadline, String createdBy, Progress progress,
                                    List<Team> teams, List<Official> officials) {
        public long unassigned() {
            return officials.stream().filter(o -> o.teamId() == null).count();
        }
    }

    public record Interview(long id, InterviewSource source, String sourceName, LocalDate interviewedOn, String finding, String recordedBy) {
    }

    public record Assessment(AssessmentRecord record, JpmBand band) {
    }

    public record Dossier(long investigationId, String investigationTitle, Official official, Team team, String currentPosition,
                          List<PositionRecord> positions, List<AwardRecord> awards, List<PerformanceRecord> performance,
                          List<Assessment> assessments, List<PunishmentRecord> punishments, Findings findings, String recordedBy,
                          List<Interview> interviews, DossierCompleteness.Result completeness, boolean canRecord) {
    }

    public record Assigned(long investigationId, String investigationTitle, String teamName, LocalDate teamDeadline, Progress teamProgress,
                           long officialId, String nip, String name, OfficialCategory category, boolean complete) {
    }

    public record SummaryRow(Official official, Findings findings, DossierCompleteness.Result completeness, PerformanceRecord lastSkp,
                             Assessment lastAssessment, int punishments) {
    }

    public record Summary(InvestigationView investigation, List<SummaryRow> rows, LocalDate today) {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(fmt.zone()));
    }

    // ---- investigations ---------------------------------------------------------------------------------------------

    /** Every investigation, newest first; {@code overdueOnly}: those past their deadline with a dossier still open. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional(readOnly = true)
    public List<InvestigationRow> list(boolean overdueOnly) {
        LocalDate today = today();
        List<InvestigationRow> all = jdbc.query("""
                SELECT i.id, i.title, i.deadline, count(o.id) FROM trackrecord.investigation i
                LEFT JOIN trackrecord.official o ON o.investigation_id = i.id
                GROUP BY i.id ORDER BY i.deadline DESC, i.id DESC""", (rs, n) -> {
            long id = rs.getLong(1);
            LocalDate deadline = rs.getDate(3).toLocalDate();
            long officials = rs.getLong(4);
            long complete = completeCount(officialIdsOf("o.investigation_id = ?", id));
            return new InvestigationRow(id, rs.getString(2), deadline, officials, complete,
                    DeadlineProgress.of(deadline, today, officials, complete));
        });
        return overdueOnly ? all.stream().filter(r -> r.progress() == Progress.OVERDUE).toList() : all;
    }

    /** Investigations past their deadline with a dossier still open (the officer's landing page). */
    @Transactional(readOnly = true)
    public long overdueCount() {
        return list(true).size();
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public long create(NewInvestigation n) {
        String title = require(n.title(), "title");
        String purpose = require(n.purpose(), "purpose");
        if (n.deadline() == null) {
            throw new BusinessProblem("deadline", "trackrecord.error.required");
        }
        Long id = jdbc.queryForObject("""
                INSERT INTO trackrecord.investigation (title, purpose, deadline, created_by, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id""",
                Long.class, title, purpose, Date.valueOf(n.deadline()), CurrentUser.actorName(), now());
        audit.changed(AuditAction.CREATE, AUDIT_INVESTIGATION, String.valueOf(id), title, null,
                Map.of("title", title, "purpose", purpose, "deadline", n.deadline().toString()));
        return id;
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional(readOnly = true)
    public InvestigationView investigation(long id) {
        return view(id);
    }

    /** An official from the registry, as a candidate for a post of {@code category}; joins the team that covers their OPD. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public long addOfficial(long investigationId, String nip, OfficialCategory category) {
        lockInvestigation(investigationId);
        String n = trim(nip);
        EmployeeRef ref = employees.ref(n == null ? "" : n).orElseThrow(() -> new BusinessProblem("nip", "trackrecord.error.unknownNip", n));
        if (category == null) {
            throw new BusinessProblem("category", "trackrecord.error.required");
        }
        Boolean already = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM trackrecord.official WHERE investigation_id = ? AND employee_id = ?)",
                Boolean.class, investigationId, ref.id());
        if (Boolean.TRUE.equals(already)) {
            throw new BusinessProblem("nip", "trackrecord.error.alreadyOfficial", ref.nip());
        }
        Long team = teamFor(investigationId, ref.opdId());
        Long id = jdbc.queryForObject("""
                INSERT INTO trackrecord.official (investigation_id, employee_id, nip, name, opd_id, category, team_id, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, investigationId, ref.id(), ref.nip(), ref.name(), ref.opdId(),
                category.name(), team, CurrentUser.actorName(), now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("investigation", investigationId);
        after.put("nip", ref.nip());
        after.put("category", category.name());
        after.put("team", team);
        audit.changed(AuditAction.CREATE, AUDIT_OFFICIAL, String.valueOf(id), ref.name(), null, after);
        return id;
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public long addTeam(long investigationId, NewTeam t) {
        lockInvestigation(investigationId);
        String name = require(t.name(), "name");
        String leader = require(t.leaderName(), "leaderName");
        String position = require(t.leaderPosition(), "leaderPosition");
        if (t.deadline() == null) {
            throw new BusinessProblem("deadline", "trackrecord.error.required");
        }
        String leaderNip = trim(t.leaderNip());
        if (leaderNip != null && employees.ref(leaderNip).isEmpty()) {
            throw new BusinessProblem("leaderNip", "trackrecord.error.unknownNip", leaderNip);
        }
        Long id = jdbc.queryForObject("""
                INSERT INTO trackrecord.team (investigation_id, name, leader_name, leader_position, leader_nip, deadline, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, investigationId, name, leader, position, leaderNip,
                Date.valueOf(t.deadline()), CurrentUser.actorName(), now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("investigation", investigationId);
        after.put("leader", leader);
        after.put("leaderPosition", position);
        after.put("leaderNip", leaderNip);
        after.put("deadline", t.deadline().toString());
        audit.changed(AuditAction.CREATE, AUDIT_TEAM, String.valueOf(id), name, null, after);
        return id;
    }

    /** A member of a team from {@code body}, logging in with the enabled ASSESSOR account {@code username}. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public long addMember(long investigationId, long teamId, TeamBody body, String name, String username) {
        lockInvestigation(investigationId);
        team(investigationId, teamId);
        if (body == null) {
            throw new BusinessProblem("body", "trackrecord.error.required");
        }
        String u = trim(username);
        UserView account = accounts.byUsername(u == null ? "" : u).filter(a -> a.role() == Role.ASSESSOR && a.enabled())
                .orElseThrow(() -> new BusinessProblem("username", "trackrecord.error.notAnAssessor", u));
        Boolean already = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM trackrecord.team_member WHERE team_id = ? AND lower(username) = lower(?))",
                Boolean.class, teamId, account.username());
        if (Boolean.TRUE.equals(already)) {
            throw new BusinessProblem("username", "trackrecord.error.alreadyMember", account.username());
        }
        String memberName = trim(name) != null ? trim(name) : account.displayName() != null ? account.displayName() : account.username();
        Long id = jdbc.queryForObject("""
                INSERT INTO trackrecord.team_member (team_id, body, name, username, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)
                RETURNING id""", Long.class, teamId, body.name(), memberName, account.username(), CurrentUser.actorName(), now());
        audit.changed(AuditAction.CREATE, AUDIT_TEAM, teamId + ":member:" + id, memberName, null,
                Map.of("team", teamId, "body", body.name(), "username", account.username()));
        return id;
    }

    /** Assigns an OPD (a kecamatan, a kelurahan, any unit of the tree) to a team; its officials without a team join it. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public void assignArea(long investigationId, long teamId, String opdCode) {
        lockInvestigation(investigationId);
        team(investigationId, teamId);
        String code = trim(opdCode);
        OpdView opd = opds.byCode(code == null ? "" : code).orElseThrow(() -> new BusinessProblem("opdCode", "trackrecord.error.unknownOpd", code));
        List<String> holder = jdbc.queryForList("""
                SELECT t.name FROM trackrecord.team_area a JOIN trackrecord.team t ON t.id = a.team_id
                WHERE a.investigation_id = ? AND a.opd_id = ?""", String.class, investigationId, opd.id());
        if (!holder.isEmpty()) {
            throw new BusinessProblem("opdCode", "trackrecord.error.areaTaken", opd.name(), holder.get(0));
        }
        jdbc.update("INSERT INTO trackrecord.team_area (team_id, investigation_id, opd_id) VALUES (?, ?, ?)", teamId, investigationId, opd.id());
        int joined = 0;
        for (Map<String, Object> o : jdbc.queryForList("SELECT id, opd_id FROM trackrecord.official WHERE investigation_id = ? AND team_id IS NULL",
                investigationId)) {
            Long team = teamFor(investigationId, ((Number) o.get("opd_id")).longValue());
            if (team != null) {
                jdbc.update("UPDATE trackrecord.official SET team_id = ? WHERE id = ?", team, o.get("id"));
                joined++;
            }
        }
        audit.changed(AuditAction.UPDATE, AUDIT_TEAM, teamId + ":area:" + opd.code(), opd.name(), null,
                Map.of("team", teamId, "opd", opd.code(), "officialsJoined", joined));
    }

    /** The OPD tree, for assigning areas (kecamatan and kelurahan are units of it). */
    public List<OpdView> opdTree() {
        return opds.tree();
    }

    // ---- dossiers -----------------------------------------------------------------------------------------------------

    /** The dossier of an official: 403 for an assessor outside the official's team. The view is logged (UU 27/2022). */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','ASSESSOR')")
    @Transactional // read-write: the view record commits with the request (AuditLog)
    public Dossier dossier(long investigationId, long officialId) {
        OfficialRow o = official(investigationId, officialId);
        boolean member = checkScope(o);
        String title = jdbc.queryForObject("SELECT title FROM trackrecord.investigation WHERE id = ?", String.class, investigationId);
        LocalDate today = today();
        Map<Long, OpdView> opdById = opdMap();
        Team team = o.teamId() == null ? null : teams(investigationId, opdById, today).stream().filter(t -> t.id() == o.teamId()).findFirst()
                .orElse(null);
        List<PositionRecord> positions = employees.positions(o.employeeId());
        String current = positions.stream().filter(p -> p.endDate() == null).map(PositionRecord::positionName).findFirst().orElse(null);
        List<PerformanceRecord> skp = performance.forEmployee(o.nip()).stream().filter(p -> p.period() == SkpPeriod.ANNUAL).toList();
        List<Assessment> tests = assessments.forEmployee(o.nip()).stream().map(a -> new Assessment(a, assessments.band(a))).toList();
        FindingRow f = findings(List.of(officialId)).getOrDefault(officialId, new FindingRow(Findings.NONE, null));
        List<Interview> interviews = jdbc.query("""
                SELECT id, source, source_name, interviewed_on, finding, recorded_by FROM trackrecord.interview WHERE official_id = ?
                ORDER BY interviewed_on DESC, id DESC""", (rs, i) -> new Interview(rs.getLong(1), InterviewSource.valueOf(rs.getString(2)),
                rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6)), officialId);
        Map<InterviewSource, Integer> bySource = new EnumMap<>(InterviewSource.class);
        interviews.forEach(i -> bySource.merge(i.source(), 1, Integer::sum));
        DossierCompleteness.Result completeness = DossierCompleteness.check(new DossierCompleteness.Findings(f.findings().superiorVerdict(),
                f.findings().neutrality(), f.findings().integrity(), bySource));
        audit.viewed(AUDIT_DOSSIER, String.valueOf(officialId));
        return new Dossier(investigationId, title, toOfficial(o, opdById, team == null ? null : team.name(), completeness.complete(), interviews.size()),
                team, current, positions.stream().limit(POSITIONS).toList(), employees.awards(o.employeeId()), skp, tests,
                punishments.forEmployee(o.nip()), f.findings(), f.recordedBy(), interviews, completeness, member);
    }

    /** The team member records (or corrects) the superior's recommendation, neutrality, integrity and the Edijab score. */
    @PreAuthorize("hasRole('ASSESSOR')")
    @Transactional
    public void recordFindings(long investigationId, long officialId, Findings f) {
        OfficialRow o = official(investigationId, officialId);
        checkScope(o);
        if (f.edijabScore() != null && (f.edijabScore().signum() < 0 || f.edijabScore().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new BusinessProblem("edijabScore", "trackrecord.error.score");
        }
        if (f.superiorVerdict() != null && trim(f.superiorName()) == null) {
            throw new BusinessProblem("superiorName", "trackrecord.error.superiorName");
        }
        FindingRow before = findings(List.of(officialId)).get(officialId);
        jdbc.update("""
                INSERT INTO trackrecord.finding (official_id, superior_name, superior_verdict, superior_note, neutrality, neutrality_note, integrity,
                  integrity_note, edijab_score, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (official_id) DO UPDATE SET superior_name = EXCLUDED.superior_name, superior_verdict = EXCLUDED.superior_verdict,
                  superior_note = EXCLUDED.superior_note, neutrality = EXCLUDED.neutrality, neutrality_note = EXCLUDED.neutrality_note,
                  integrity = EXCLUDED.integrity, integrity_note = EXCLUDED.integrity_note, edijab_score = EXCLUDED.edijab_score,
                  recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at, version = trackrecord.finding.version + 1""",
                officialId, trim(f.superiorName()), name(f.superiorVerdict()), trim(f.superiorNote()), name(f.neutrality()),
                trim(f.neutralityNote()), name(f.integrity()), trim(f.integrityNote()), f.edijabScore(), CurrentUser.actorName(), now());
        audit.changed(before == null ? AuditAction.CREATE : AuditAction.UPDATE, AUDIT_FINDING, String.valueOf(officialId), o.name(),
                before == null ? null : snapshot(before.findings()), snapshot(f));
    }

    /** The team member records an interview of the social record (dated today or earlier). */
    @PreAuthorize("hasRole('ASSESSOR')")
    @Transactional
    public long addInterview(long investigationId, long officialId, NewInterview n) {
        OfficialRow o = official(investigationId, officialId);
        checkScope(o);
        if (n.source() == null) {
            throw new BusinessProblem("source", "trackrecord.error.required");
        }
        String who = require(n.sourceName(), "sourceName");
        String finding = require(n.finding(), "finding");
        if (n.interviewedOn() == null) {
            throw new BusinessProblem("interviewedOn", "trackrecord.error.required");
        }
        if (n.interviewedOn().isAfter(today())) {
            throw new BusinessProblem("interviewedOn", "trackrecord.error.future");
        }
        Long id = jdbc.queryForObject("""
                INSERT INTO trackrecord.interview (official_id, source, source_name, interviewed_on, finding, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, officialId, n.source().name(), who, Date.valueOf(n.interviewedOn()),
                finding, CurrentUser.actorName(), now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("official", o.nip());
        after.put("source", n.source().name());
        after.put("sourceName", who);
        after.put("interviewedOn", n.interviewedOn().toString());
        after.put("finding", finding);
        audit.changed(AuditAction.CREATE, AUDIT_INTERVIEW, String.valueOf(id), o.name(), null, after);
        return id;
    }

    /** The dossiers of the current assessor's teams; {@code pendingOnly}: those not complete yet. */
    @PreAuthorize("hasRole('ASSESSOR')")
    @Transactional(readOnly = true)
    public List<Assigned> assigned(boolean pendingOnly) {
        return assignedTo(CurrentUser.require().username(), pendingOnly);
    }

    /** {@link #assigned} for the landing page (its caller checked the role). */
    @Transactional(readOnly = true)
    public List<Assigned> assignedTo(String username, boolean pendingOnly) {
        LocalDate today = today();
        List<Object[]> rows = jdbc.query("""
                SELECT DISTINCT i.id, i.title, t.id, t.name, t.deadline, o.id, o.nip, o.name, o.category FROM trackrecord.team_member m
                JOIN trackrecord.team t ON t.id = m.team_id JOIN trackrecord.investigation i ON i.id = t.investigation_id
                JOIN trackrecord.official o ON o.team_id = t.id
                WHERE lower(m.username) = lower(?) ORDER BY t.deadline, i.id, o.name, o.id""", (rs, n) -> new Object[] {rs.getLong(1),
                rs.getString(2), rs.getLong(3), rs.getString(4), rs.getDate(5).toLocalDate(), rs.getLong(6), rs.getString(7), rs.getString(8),
                OfficialCategory.valueOf(rs.getString(9))}, username);
        Set<Long> complete = completeIds(rows.stream().map(r -> (Long) r[5]).toList());
        Map<Long, long[]> perTeam = new HashMap<>();
        List<Assigned> out = new ArrayList<>();
        for (Object[] r : rows) {
            long[] c = perTeam.computeIfAbsent((Long) r[2], this::teamCounts);
            boolean done = complete.contains((Long) r[5]);
            if (pendingOnly && done) {
                continue;
            }
            out.add(new Assigned((Long) r[0], (String) r[1], (String) r[3], (LocalDate) r[4], DeadlineProgress.of((LocalDate) r[4], today, c[0], c[1]),
                    (Long) r[5], (String) r[6], (String) r[7], (OfficialCategory) r[8], done));
        }
        return out;
    }

    // ---- the regent's summary -----------------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional // read-write: the view record commits with the request (AuditLog)
    public Summary summary(long investigationId) {
        InvestigationView v = view(investigationId);
        List<Long> ids = v.officials().stream().map(Official::id).toList();
        Map<Long, FindingRow> found = findings(ids);
        Map<Long, Map<InterviewSource, Integer>> interviews = interviewCounts(ids);
        Map<String, List<PerformanceRecord>> skp = performance.forEmployees(v.officials().stream().map(Official::nip).toList());
        Map<String, List<PunishmentRecord>> pun = punishments.forEmployees(v.officials().stream().map(Official::nip).toList());
        List<SummaryRow> rows = new ArrayList<>();
        for (Official o : v.officials()) {
            Findings f = found.containsKey(o.id()) ? found.get(o.id()).findings() : Findings.NONE;
            DossierCompleteness.Result c = DossierCompleteness.check(new DossierCompleteness.Findings(f.superiorVerdict(), f.neutrality(),
                    f.integrity(), interviews.getOrDefault(o.id(), Map.of())));
            PerformanceRecord last = skp.getOrDefault(o.nip(), List.of()).stream().filter(p -> p.period() == SkpPeriod.ANNUAL).findFirst()
                    .orElse(null);
            Assessment test = assessments.forEmployee(o.nip()).stream().findFirst().map(a -> new Assessment(a, assessments.band(a))).orElse(null);
            rows.add(new SummaryRow(o, f, c, last, test, pun.getOrDefault(o.nip(), List.of()).size()));
        }
        audit.viewed(AUDIT_INVESTIGATION, investigationId + ":summary");
        return new Summary(v, rows, today());
    }

    // ---- TrackRecordQueries ---------------------------------------------------------------------------------------------

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional(readOnly = true)
    public List<InvestigationStatus> unfinishedInvestigations() {
        return list(false).stream().filter(r -> r.progress() != Progress.DONE)
                .sorted(java.util.Comparator.comparing(InvestigationRow::deadline).thenComparing(InvestigationRow::id))
                .map(r -> new InvestigationStatus(r.id(), r.title(), r.deadline(), r.officials(), r.complete(), r.progress().name())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierStatus> latestDossier(String nip) {
        List<Object[]> r = jdbc.query("""
                SELECT o.id, i.id, i.title FROM trackrecord.official o JOIN trackrecord.investigation i ON i.id = o.investigation_id
                WHERE o.nip = ? ORDER BY o.created_at DESC, o.id DESC LIMIT 1""",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}, nip);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        long official = (Long) r.get(0)[0];
        Map<InterviewSource, Integer> counts = interviewCounts(List.of(official)).getOrDefault(official, Map.of());
        return Optional.of(new DossierStatus((Long) r.get(0)[1], (String) r.get(0)[2], completeIds(List.of(official)).contains(official),
                counts.values().stream().mapToInt(Integer::intValue).sum()));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------------

    record OfficialRow(long id, long investigationId, long employeeId, String nip, String name, long opdId, OfficialCategory category,
                       Long teamId) {
    }

    record FindingRow(Findings findings, String recordedBy) {
    }

    private InvestigationView view(long id) {
        List<Object[]> r = jdbc.query("SELECT title, purpose, deadline, created_by FROM trackrecord.investigation WHERE id = ?",
                (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)}, id);
        if (r.isEmpty()) {
            throw new NotFoundProblem("trackrecord.notFound", id);
        }
        LocalDate today = today();
        Map<Long, OpdView> opdById = opdMap();
        List<Team> teams = teams(id, opdById, today);
        Map<Long, String> teamNames = teams.stream().collect(Collectors.toMap(Team::id, Team::name));
        List<OfficialRow> rows = officials("o.investigation_id = ?", id);
        List<Long> ids = rows.stream().map(OfficialRow::id).toList();
        Set<Long> complete = completeIds(ids);
        Map<Long, Map<InterviewSource, Integer>> interviews = interviewCounts(ids);
        List<Official> officials = rows.stream().map(o -> toOfficial(o, opdById, o.teamId() == null ? null : teamNames.get(o.teamId()),
                complete.contains(o.id()), interviews.getOrDefault(o.id(), Map.of()).values().stream().mapToInt(Integer::intValue).sum())).toList();
        LocalDate deadline = (LocalDate) r.get(0)[2];
        return new InvestigationView(id, (String) r.get(0)[0], (String) r.get(0)[1], deadline, (String) r.get(0)[3],
                DeadlineProgress.of(deadline, today, officials.size(), complete.size()), teams, officials);
    }

    private static Official toOfficial(OfficialRow o, Map<Long, OpdView> opdById, String teamName, boolean complete, int interviews) {
        OpdView opd = opdById.get(o.opdId());
        return new Official(o.id(), o.nip(), o.name(), o.category(), opd == null ? null : opd.name(), o.teamId(), teamName, complete, interviews);
    }

    private List<Team> teams(long investigationId, Map<Long, OpdView> opdById, LocalDate today) {
        Map<Long, List<Member>> members = new HashMap<>();
        jdbc.query("""
                SELECT m.team_id, m.id, m.body, m.name, m.username FROM trackrecord.team_member m JOIN trackrecord.team t ON t.id = m.team_id
                WHERE t.investigation_id = ? ORDER BY m.id""", rs -> {
            members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Member(rs.getLong(2), TeamBody.valueOf(rs.getString(3)),
                    rs.getString(4), rs.getString(5)));
        }, investigationId);
        Map<Long, List<Area>> areas = new HashMap<>();
        jdbc.query("SELECT team_id, opd_id FROM trackrecord.team_area WHERE investigation_id = ?", rs -> {
            OpdView o = opdById.get(rs.getLong(2));
            if (o != null) {
                areas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Area(o.id(), o.code(), o.name(), o.kind()));
            }
        }, investigationId);
        return jdbc.query("""
                SELECT id, name, leader_name, leader_position, leader_nip, deadline FROM trackrecord.team WHERE investigation_id = ?
                ORDER BY id""", (rs, n) -> {
            long id = rs.getLong(1);
            long[] c = teamCounts(id);
            LocalDate deadline = rs.getDate(6).toLocalDate();
            List<Area> a = areas.getOrDefault(id, List.of()).stream().sorted(java.util.Comparator.comparing(Area::name)).toList();
            return new Team(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), deadline, members.getOrDefault(id, List.of()),
                    a, c[0], c[1], DeadlineProgress.of(deadline, today, c[0], c[1]), DeadlineProgress.daysLeft(deadline, today));
        }, investigationId);
    }

    /** The team's dossiers and how many of them are complete. */
    private long[] teamCounts(long teamId) {
        List<Long> ids = officialIdsOf("o.team_id = ?", teamId);
        return new long[] {ids.size(), completeCount(ids)};
    }

    private List<Long> officialIdsOf(String where, long id) {
        return jdbc.queryForList("SELECT o.id FROM trackrecord.official o WHERE " + where, Long.class, id);
    }

    private long completeCount(Collection<Long> officialIds) {
        return completeIds(officialIds).size();
    }

    /** The officials among {@code ids} whose dossier is complete ({@link DossierCompleteness}). */
    private Set<Long> completeIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Map<Long, FindingRow> f = findings(ids);
        Map<Long, Map<InterviewSource, Integer>> counts = interviewCounts(ids);
        return ids.stream().filter(id -> {
            Findings x = f.containsKey(id) ? f.get(id).findings() : Findings.NONE;
            return DossierCompleteness.check(new DossierCompleteness.Findings(x.superiorVerdict(), x.neutrality(), x.integrity(),
                    counts.getOrDefault(id, Map.of()))).complete();
        }).collect(Collectors.toSet());
    }

    private Map<Long, FindingRow> findings(Collection<Long> ids) {
        Map<Long, FindingRow> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.query("""
                SELECT official_id, superior_name, superior_verdict, superior_note, neutrality, neutrality_note, integrity, integrity_note,
                  edijab_score, recorded_by FROM trackrecord.finding WHERE official_id = ANY (?::bigint[])""", rs -> {
            out.put(rs.getLong(1), new FindingRow(new Findings(rs.getString(2), parse(SuperiorVerdict.class, rs.getString(3)), rs.getString(4),
                    parse(Neutrality.class, rs.getString(5)), rs.getString(6), parse(Integrity.class, rs.getString(7)), rs.getString(8),
                    rs.getBigDecimal(9)), rs.getString(10)));
        }, array(ids));
        return out;
    }

    private Map<Long, Map<InterviewSource, Integer>> interviewCounts(Collection<Long> ids) {
        Map<Long, Map<InterviewSource, Integer>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.query("SELECT official_id, source, count(*) FROM trackrecord.interview WHERE official_id = ANY (?::bigint[]) GROUP BY official_id, source",
                rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(InterviewSource.class)).put(InterviewSource.valueOf(rs.getString(2)),
                            rs.getInt(3));
                }, array(ids));
        return out;
    }

    private List<OfficialRow> officials(String where, long id) {
        return jdbc.query("SELECT o.id, o.investigation_id, o.employee_id, o.nip, o.name, o.opd_id, o.category, o.team_id "
                + "FROM trackrecord.official o WHERE " + where + " ORDER BY o.name, o.id", TrackRecordService::officialRow, id);
    }

    private static OfficialRow officialRow(ResultSet rs, int n) throws SQLException {
        long team = rs.getLong(8);
        return new OfficialRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                OfficialCategory.valueOf(rs.getString(7)), rs.wasNull() ? null : team);
    }

    private OfficialRow official(long investigationId, long officialId) {
        return officials("o.id = ?", officialId).stream().filter(o -> o.investigationId() == investigationId).findFirst()
                .orElseThrow(() -> new NotFoundProblem("trackrecord.dossier.notFound", officialId));
    }

    /**
     * Scope: ADMIN and OFFICER see every dossier; an ASSESSOR only those of a team they sit on (403 otherwise). Returns
     * whether the current user is a member of the official's team (and so may record).
     */
    private boolean checkScope(OfficialRow o) {
        CurrentUser user = CurrentUser.require();
        boolean member = o.teamId() != null && Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM trackrecord.team_member WHERE team_id = ? AND lower(username) = lower(?))", Boolean.class,
                o.teamId(), user.username()));
        if (user.is(Role.ASSESSOR) && !member) {
            throw new AccessDeniedProblem("not a member of the team assigned to this official");
        }
        if (!user.is(Role.ADMIN, Role.OFFICER, Role.ASSESSOR)) {
            throw new AccessDeniedProblem("track-record dossiers are for BKPSDM and the teams");
        }
        return member && user.is(Role.ASSESSOR);
    }

    private void team(long investigationId, long teamId) {
        Boolean ok = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM trackrecord.team WHERE id = ? AND investigation_id = ?)", Boolean.class,
                teamId, investigationId);
        if (!Boolean.TRUE.equals(ok)) {
            throw new NotFoundProblem("trackrecord.team.notFound", teamId);
        }
    }

    private void lockInvestigation(long id) {
        List<Long> r = jdbc.queryForList("SELECT id FROM trackrecord.investigation WHERE id = ? FOR UPDATE", Long.class, id);
        if (r.isEmpty()) {
            throw new NotFoundProblem("trackrecord.notFound", id);
        }
    }

    /** The team whose assigned OPD holds {@code opdId} (itself or as a sub-unit), the deepest assignment first; null if none. */
    private Long teamFor(long investigationId, long opdId) {
        Map<Long, OpdView> opdById = opdMap();
        Long best = null;
        int depth = -1;
        for (Map<String, Object> a : jdbc.queryForList("SELECT team_id, opd_id FROM trackrecord.team_area WHERE investigation_id = ?",
                investigationId)) {
            OpdView area = opdById.get(((Number) a.get("opd_id")).longValue());
            if (area != null && area.depth() > depth && opds.subtreeIds(area.code()).contains(opdId)) {
                best = ((Number) a.get("team_id")).longValue();
                depth = area.depth();
            }
        }
        return best;
    }

    private Map<Long, OpdView> opdMap() {
        return opds.tree().stream().collect(Collectors.toMap(OpdView::id, Function.identity(), (a, b) -> a));
    }

    private static Map<String, Object> snapshot(Findings f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("superiorName", trim(f.superiorName()));
        m.put("superiorVerdict", name(f.superiorVerdict()));
        m.put("superiorNote", trim(f.superiorNote()));
        m.put("neutrality", name(f.neutrality()));
        m.put("neutralityNote", trim(f.neutralityNote()));
        m.put("integrity", name(f.integrity()));
        m.put("integrityNote", trim(f.integrityNote()));
        m.put("edijabScore", f.edijabScore());
        return m;
    }

    private static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String v) {
        return v == null ? null : Enum.valueOf(type, v);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String require(String v, String field) {
        String t = trim(v);
        if (t == null) {
            throw new BusinessProblem(field, "trackrecord.error.required");
        }
        return t;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
