package id.merit.unitassessment.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.EvidenceFiles;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import id.merit.unitassessment.rules.Aspect;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit assessment for people: the league table and one unit's records, scoped — BKPSDM (ADMIN, OFFICER) and the
 * regent see every top-level OPD, an OPD head only the top-level OPDs of their own subtree, employees and assessors
 * nothing — and the team's work (ADMIN, OFFICER): the year's team members and the innovations and awards recorded per
 * OPD with points and evidence, each write audited with the account that made it.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
public class UnitAssessmentService {
    static final String AUDIT_TYPE = "UNIT_ASSESSMENT";
    public static final int MAX_EVIDENCE_BYTES = EvidenceFiles.MAX_BYTES;
    private final LeagueCalculator calculator;
    private final UnitAssessmentStore store;
    private final OpdQueries opds;
    private final AuditLog audit;
    private final Clock clock;

    UnitAssessmentService(LeagueCalculator calculator, UnitAssessmentStore store, OpdQueries opds, AuditLog audit, Clock clock) {
        this.calculator = calculator;
        this.store = store;
        this.opds = opds;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an innovation or award entry carries (the evidence separately). */
    public record NewEntry(Aspect aspect, String title, String description, Integer points, Long assessorId) {
    }

    public record Evidence(String filename, byte[] content) {
    }

    public record EvidenceFile(String filename, String contentType, byte[] content) {
    }

    /** The league of the year in the caller's scope (every row for BKPSDM and the regent, an OPD head's own). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LeagueCalculator.League league(int year) {
        checkYear(year);
        return scoped(calculator.compute(year, null));
    }

    /** {@link #league} as kept for the league page (computed at most once a minute, see {@link LeagueCalculator#kept}). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LeagueCalculator.Kept keptLeague(int year) {
        checkYear(year);
        LeagueCalculator.Kept kept = calculator.kept(year);
        return new LeagueCalculator.Kept(scoped(kept.league()), kept.computedAt(), kept.keptSeconds());
    }

    private LeagueCalculator.League scoped(LeagueCalculator.League all) {
        Set<String> visible = visibleTopLevelCodes();
        if (visible == null) {
            return all;
        }
        return new LeagueCalculator.League(all.year(), all.parameters(),
                all.rows().stream().filter(r -> visible.contains(r.opdCode())).toList(), null);
    }

    /** One top-level OPD's scores and the records behind them; 404 for an unknown or non-top-level OPD, 403 outside scope. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LeagueCalculator.League detail(int year, String opdCode) {
        checkYear(year);
        OpdView opd = topLevel(opdCode);
        checkScope(opd);
        LeagueCalculator.League league = calculator.compute(year, opd.id());
        return league;
    }

    public int currentYear() {
        return calculator.currentYear();
    }

    /** The years offered: the current year and the six before it. */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = currentYear(); y >= Math.max(LeagueCalculator.FIRST_YEAR, currentYear() - 6); y--) {
            years.add(y);
        }
        return years;
    }

    public List<TeamMember> team(int year) {
        checkYear(year);
        return store.team(year);
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public long addMember(int year, TeamBody body, String name, String position) {
        checkYear(year);
        String n = name == null ? "" : name.strip();
        if (body == null) {
            throw new BusinessProblem("body", "unitassessment.team.error.body");
        }
        if (n.isEmpty()) {
            throw new BusinessProblem("name", "unitassessment.team.error.name");
        }
        if (store.memberExists(year, body, n)) {
            throw new BusinessProblem("name", "unitassessment.team.error.duplicate", n);
        }
        String p = position == null || position.isBlank() ? null : position.strip();
        long id = store.addMember(year, body, n, p, CurrentUser.actorName(), clock.instant());
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, "team " + year + " #" + id, "team member added",
                null, values("year", year, "body", body.name(), "name", n, "position", p));
        return id;
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public void removeMember(int year, long memberId) {
        TeamMember m = store.member(memberId).filter(x -> x.year() == year)
                .orElseThrow(() -> new BusinessProblem("member", "unitassessment.team.error.notFound"));
        int used = store.entriesBy(memberId);
        if (used > 0) {
            throw new BusinessProblem("member", "unitassessment.team.error.inUse", m.name(), used);
        }
        store.removeMember(memberId);
        audit.changed(AuditAction.DELETE, AUDIT_TYPE, "team " + year + " #" + memberId, "team member removed",
                values("year", year, "body", m.body().name(), "name", m.name(), "position", m.position()), null);
    }

    /** Records an innovation or award of a top-level OPD for the year, assessed by a member of that year's team. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public long record(int year, String opdCode, NewEntry entry, Evidence evidence) {
        checkYear(year);
        OpdView opd = topLevel(opdCode);
        if (entry.aspect() == null || !entry.aspect().recorded()) {
            throw new BusinessProblem("aspect", "unitassessment.entry.error.aspect");
        }
        String title = entry.title() == null ? "" : entry.title().strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new BusinessProblem("title", "unitassessment.entry.error.title");
        }
        if (entry.points() == null || entry.points() < 1 || entry.points() > 100) {
            throw new BusinessProblem("points", "unitassessment.entry.error.points");
        }
        TeamMember assessor = entry.assessorId() == null ? null : store.member(entry.assessorId()).filter(m -> m.year() == year).orElse(null);
        if (assessor == null) {
            throw new BusinessProblem("assessorId", "unitassessment.entry.error.assessor", year);
        }
        if (evidence == null || evidence.content() == null || evidence.content().length == 0) {
            throw new BusinessProblem("evidence", "unitassessment.entry.error.evidenceMissing");
        }
        if (evidence.content().length > MAX_EVIDENCE_BYTES) {
            throw new BusinessProblem("evidence", "unitassessment.entry.error.evidenceTooLarge", MAX_EVIDENCE_BYTES / 1024 / 1024);
        }
        String type = EvidenceFiles.contentType(evidence.content())
                .orElseThrow(() -> new BusinessProblem("evidence", "unitassessment.entry.error.evidenceType"));
        String description = entry.description() == null || entry.description().isBlank() ? null : entry.description().strip();
        if (description != null && description.length() > 2000) {
            throw new BusinessProblem("description", "unitassessment.entry.error.description");
        }
        String filename = EvidenceFiles.safeName(evidence.filename(), "bukti");
        long id = store.addEntry(year, opd.id(), entry.aspect(), title, description, entry.points(), assessor.id(), filename, type,
                evidence.content(), CurrentUser.actorName(), clock.instant());
        calculator.evict();
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, opd.code() + " " + year + " #" + id, entry.aspect().name().toLowerCase() + " recorded",
                null, values("year", year, "opd", opd.code(), "aspect", entry.aspect().name(), "title", title, "points", entry.points(),
                        "assessor", assessor.name(), "evidence", filename));
        return id;
    }

    /** Deletes an entry (a mistake), audited with its old values; returns the OPD code it belonged to. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public String delete(int year, long entryId) {
        Entry e = store.entry(entryId).filter(x -> x.year() == year)
                .orElseThrow(() -> new NotFoundProblem("unitassessment.entry.error.notFound", entryId));
        String code = opds.byId(e.opdId()).map(OpdView::code).orElse("");
        store.deleteEntry(entryId);
        calculator.evict();
        audit.changed(AuditAction.DELETE, AUDIT_TYPE, code + " " + year + " #" + entryId, e.aspect().name().toLowerCase() + " deleted",
                values("year", year, "opd", code, "aspect", e.aspect().name(), "title", e.title(), "points", e.points(),
                        "assessor", e.assessorName(), "evidence", e.evidenceFilename()), null);
        return code;
    }

    /** The evidence of an entry of this OPD and year, in the caller's scope; the download is logged. */
    @Transactional
    public EvidenceFile evidence(int year, String opdCode, long entryId) {
        OpdView opd = topLevel(opdCode);
        checkScope(opd);
        Entry e = store.entry(entryId).filter(x -> x.year() == year && x.opdId() == opd.id())
                .orElseThrow(() -> new NotFoundProblem("unitassessment.entry.error.notFound", entryId));
        audit.event(AuditAction.VIEW, AUDIT_TYPE, opd.code() + " " + year + " #" + entryId, "evidence downloaded");
        return new EvidenceFile(e.evidenceFilename(), e.evidenceContentType(), store.evidence(entryId));
    }

    /** Whether the current user may record and delete entries and manage the team. */
    public static boolean mayRecord() {
        return CurrentUser.get().map(u -> u.is(Role.ADMIN, Role.OFFICER)).orElse(false);
    }

    private void checkYear(int year) {
        if (!calculator.inRange(year)) {
            throw new NotFoundProblem("unitassessment.error.year", String.valueOf(year));
        }
    }

    private OpdView topLevel(String opdCode) {
        OpdView opd = opdCode == null ? null : opds.byCode(opdCode.strip()).orElse(null);
        if (opd == null || opd.parentId() != null) {
            throw new NotFoundProblem("unitassessment.error.opd", opdCode);
        }
        return opd;
    }

    private void checkScope(OpdView opd) {
        Set<String> visible = visibleTopLevelCodes();
        if (visible != null && !visible.contains(opd.code())) {
            throw new AccessDeniedProblem("OPD outside scope");
        }
    }

    /** The top-level OPD codes the caller may see: null = all (BKPSDM, regent); an OPD head's own subtree's. */
    Set<String> visibleTopLevelCodes() {
        CurrentUser user = CurrentUser.require();
        return switch (user.role()) {
            case ADMIN, OFFICER, REGENT -> null;
            case OPD_HEAD -> {
                Set<Long> own = user.opdCode() == null ? Set.of() : opds.subtreeIds(user.opdCode());
                Set<String> codes = new java.util.HashSet<>();
                for (Long id : own) {
                    opds.byId(id).filter(o -> o.parentId() == null).ifPresent(o -> codes.add(o.code()));
                }
                yield codes;
            }
            case EMPLOYEE, ASSESSOR -> throw new AccessDeniedProblem("the unit assessment is for BKPSDM, the regent and OPD heads");
        };
    }

    private static Map<String, Object> values(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
