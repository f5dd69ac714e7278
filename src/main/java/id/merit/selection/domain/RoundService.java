package id.merit.selection.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeFilter;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeView;
import id.merit.orgunit.PostHolders;
import id.merit.orgunit.PostQueries;
import id.merit.orgunit.PostView;
import id.merit.selection.rules.DecisionPolicy;
import id.merit.selection.rules.Eligibility;
import id.merit.selection.rules.JptPratamaEligibility;
import id.merit.selection.rules.JptPratamaParameters;
import id.merit.selection.rules.OversightBody;
import id.merit.selection.rules.Refusal;
import id.merit.selection.rules.RoundPolicy;
import id.merit.selection.rules.RoundState;
import id.merit.selection.rules.ScreeningResult;
import id.merit.shared.EvidenceFiles;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open selection rounds for vacant JPT Pratama posts (issue 14 item 2): planning, the oversight body's recommendation,
 * the announcement (window of at least 15 calendar days), applications (internal with the eligibility pre-check on the
 * registration closing date, external with documents) and the administrative screening with overrides. ADMIN and
 * OFFICER manage rounds; REGENT reads them. Every step is refused by {@link RoundPolicy} with a reason code, a stale
 * version ("changed meanwhile") is refused, and every change is in the audit trail.
 * <p>Extension points for issue 14 items 3–5 (panel, stages, shortlist, decision): they read rounds and the PASSED
 * applications through {@link #get(long)} and add their own tables referring to {@code selection.round}.
 */
@Service
public class RoundService {
    public static final int MAX_DOCUMENT_BYTES = EvidenceFiles.MAX_BYTES;
    public static final int MAX_DOCUMENTS = 5;
    static final String AUDIT_ROUND = "SELECTION_ROUND";
    static final String AUDIT_APPLICATION = "SELECTION_APPLICATION";
    /** A round still under way for its post: a second one may open only after it is decided or cancelled. */
    private static final EnumSet<RoundState> OPEN = EnumSet.of(RoundState.DRAFT, RoundState.RECOMMENDED, RoundState.ANNOUNCED,
            RoundState.CLOSED, RoundState.SHORTLISTED);

    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final DocumentRepository documents;
    private final EligibilityService eligibility;
    private final EmployeeQueries employees;
    private final EmployeeDirectory directory;
    private final PostQueries posts;
    private final PostHolders holders;
    private final AuditLog audit;
    private final Clock clock;
    private final OversightBody oversight;

    RoundService(RoundRepository rounds, ApplicationRepository applications, DocumentRepository documents, EligibilityService eligibility,
                 EmployeeQueries employees, EmployeeDirectory directory, PostQueries posts, PostHolders holders, AuditLog audit, Clock clock,
                 @Value("${merit.selection.oversight.legacy-name:KASN}") String legacyName,
                 @Value("${merit.selection.oversight.legacy-until:2024-12-31}") LocalDate legacyUntil,
                 @Value("${merit.selection.oversight.name:Badan Kepegawaian Negara}") String currentName) {
        this.rounds = rounds;
        this.applications = applications;
        this.documents = documents;
        this.eligibility = eligibility;
        this.employees = employees;
        this.directory = directory;
        this.posts = posts;
        this.holders = holders;
        this.audit = audit;
        this.clock = clock;
        this.oversight = new OversightBody(legacyName, legacyUntil, currentName);
    }

    // ---- read models ------------------------------------------------------------------------------------------------

    public record RoundRow(long id, String title, String postName, String opdName, RoundState state, LocalDate registrationClosesOn,
                           long applicants) {
    }

    public record RoundView(long id, String title, String postCode, String postName, String opdName, LocalDate registrationClosesOn,
                            RoundState state, String recommendationNumber, LocalDate recommendationDate, String oversightBody,
                            LocalDate announcedOn, LocalDate closedOn, String createdBy, OffsetDateTime createdAt, int version,
                            List<ApplicationView> applications, Cancellation cancellation, Long repeatsRoundId, String repeatReason,
                            Long repeatedByRoundId) {

        public long passed() {
            return applications.stream().filter(a -> a.screening() == ScreeningResult.PASSED).count();
        }
    }

    public record ApplicationView(long id, Application.Kind kind, String nip, String name, String originAgency, LocalDate eligibilityDate,
                                  Boolean eligible, List<String> reasons, List<SentenceCodec.Decoded> sentences, ScreeningResult screening,
                                  boolean override, String screeningReason, String screenedBy, OffsetDateTime screenedAt,
                                  LocalDate appliedOn, int version, List<DocumentName> documents) {
    }

    public record DocumentName(long id, long applicationId, String filename, int sizeBytes) {
    }

    /** Why, when and by whom a round was cancelled. */
    public record Cancellation(String reason, String by, OffsetDateTime at) {
    }

    public record DocumentFile(String filename, String contentType, byte[] content) {
    }

    /** A vacant JPT Pratama post: fewer holders today than slots. */
    public record VacantPost(String code, String name, String opdName, int slots, int holders) {
    }

    public record NewRound(String postCode, String title, LocalDate registrationClosesOn) {
    }

    public record Upload(String filename, byte[] content) {
    }

    public LocalDate today() {
        return eligibility.today();
    }

    /** The oversight body proposed for a recommendation dated {@code date} (settings merit.selection.oversight.*). */
    public String proposedOversightBody(LocalDate date) {
        return oversight.nameOn(date);
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional(readOnly = true)
    public PagedResult<RoundRow> list(int page, int size) {
        var p = rounds.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(Math.max(page, 0), size));
        Map<Long, Long> counts = new java.util.HashMap<>();
        if (p.hasContent()) {
            for (Object[] row : applications.counts(p.getContent().stream().map(SelectionRound::getId).toList())) {
                counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
        }
        return PagedResult.of(p, r -> new RoundRow(r.getId(), r.getTitle(), r.getPostName(), r.getOpdName(), r.getState(),
                r.getRegistrationClosesOn(), counts.getOrDefault(r.getId(), 0L)));
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional(readOnly = true)
    public List<VacantPost> vacantPosts() {
        Map<String, List<PostHolders.Holder>> on = holders.holdersOn(today());
        return posts.active().stream().filter(p -> "JPT_PRATAMA".equals(p.positionKind()))
                .filter(p -> on.getOrDefault(p.code(), List.of()).size() < p.slots())
                .map(p -> new VacantPost(p.code(), p.name(), p.opdName(), p.slots(), on.getOrDefault(p.code(), List.of()).size()))
                .toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public long create(NewRound n) {
        PostView post = posts.byCode(n.postCode() == null ? "" : n.postCode().trim())
                .orElseThrow(() -> new BusinessProblem("postCode", "selection.round.error.postUnknown", n.postCode()));
        int held = holders.holdersOn(today()).getOrDefault(post.code(), List.of()).size();
        refuse("postCode", RoundPolicy.open(post.positionKind(), post.slots(), held, post.retired(),
                rounds.existsByPostCodeAndStateIn(post.code(), OPEN)));
        SelectionRound r = new SelectionRound();
        r.setTitle(n.title().trim());
        r.setPostCode(post.code());
        r.setPostName(post.name());
        r.setOpdName(post.opdName());
        r.setRegistrationClosesOn(n.registrationClosesOn());
        r.setCreatedBy(CurrentUser.actorName());
        r.setCreatedAt(OffsetDateTime.now(clock));
        r.setUpdatedAt(r.getCreatedAt());
        rounds.saveAndFlush(r);
        audit.changed(AuditAction.CREATE, AUDIT_ROUND, String.valueOf(r.getId()), r.getTitle(), null, snapshot(r));
        return r.getId();
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional(readOnly = true)
    public RoundView get(long id) {
        SelectionRound r = round(id);
        List<Application> apps = applications.findByRoundIdOrderByIdAsc(id);
        Map<Long, List<DocumentName>> docs = apps.isEmpty() ? Map.of()
                : documents.names(apps.stream().map(Application::getId).toList()).stream()
                .collect(Collectors.groupingBy(DocumentName::applicationId));
        return new RoundView(r.getId(), r.getTitle(), r.getPostCode(), r.getPostName(), r.getOpdName(), r.getRegistrationClosesOn(),
                r.getState(), r.getRecommendationNumber(), r.getRecommendationDate(), r.getOversightBody(), r.getAnnouncedOn(),
                r.getClosedOn(), r.getCreatedBy(), r.getCreatedAt(), r.getVersion(),
                apps.stream().map(a -> view(a, docs.getOrDefault(a.getId(), List.of()))).toList(),
                r.getCancelledAt() == null ? null : new Cancellation(r.getCancelReason(), r.getCancelledBy(), r.getCancelledAt()),
                r.getRepeatsRoundId(), r.getRepeatReason(), rounds.findByRepeatsRoundId(id).map(SelectionRound::getId).orElse(null));
    }

    /**
     * Cancels a round (any state but DECIDED, DecisionPolicy) with its reason; audited. The post is free for a new
     * round, see {@link #repeat}.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public void cancel(long id, int version, String reason) {
        SelectionRound r = current(id, version);
        String why = reason == null ? null : reason.trim();
        refuse("reason", DecisionPolicy.cancel(r.getState(), why));
        Map<String, Object> before = snapshot(r);
        r.setState(RoundState.CANCELLED);
        r.setCancelReason(why);
        r.setCancelledBy(CurrentUser.actorName());
        r.setCancelledAt(OffsetDateTime.now(clock));
        save(r, before);
    }

    /**
     * Repeats a cancelled round: a new DRAFT round for the same post (planned like any other round: the post must still
     * be vacant and without another open round), linked to the cancelled one with the reason; both audited.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public long repeat(long id, String reason, String title, LocalDate registrationClosesOn) {
        SelectionRound old = round(id);
        String why = reason == null ? null : reason.trim();
        refuse("reason", DecisionPolicy.repeat(old.getState(), rounds.findByRepeatsRoundId(id).isPresent(), why));
        long created = create(new NewRound(old.getPostCode(), title == null || title.isBlank() ? old.getTitle() : title, registrationClosesOn));
        SelectionRound r = round(created);
        Map<String, Object> before = snapshot(r);
        r.setRepeatsRoundId(old.getId());
        r.setRepeatReason(why);
        save(r, before);
        return created;
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public void recommend(long id, int version, String number, LocalDate date, String body) {
        SelectionRound r = current(id, version);
        refuse(null, RoundPolicy.recommend(r.getState(), date, today()));
        Map<String, Object> before = snapshot(r);
        r.setRecommendationNumber(number.trim());
        r.setRecommendationDate(date);
        r.setOversightBody(body == null || body.isBlank() ? oversight.nameOn(date) : body.trim());
        r.setState(RoundState.RECOMMENDED);
        save(r, before);
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public void announce(long id, int version, LocalDate announcedOn) {
        SelectionRound r = current(id, version);
        refuse(null, RoundPolicy.announce(r.getState(), r.getRecommendationDate(), announcedOn, r.getRegistrationClosesOn(), today()));
        Map<String, Object> before = snapshot(r);
        r.setAnnouncedOn(announcedOn);
        r.setState(RoundState.ANNOUNCED);
        save(r, before);
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public void close(long id, int version) {
        SelectionRound r = current(id, version);
        refuse(null, RoundPolicy.close(r.getState(), r.getRegistrationClosesOn(), today()));
        Map<String, Object> before = snapshot(r);
        r.setClosedOn(today());
        r.setState(RoundState.CLOSED);
        save(r, before);
    }

    /** Candidates from the registry whose NIP or name matches (the officer's search). */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional(readOnly = true)
    public List<EmployeeView> searchCandidates(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return employees.search(new EmployeeFilter(q.trim(), null, null, null, null), "name", 0, 20).items();
    }

    /** An employee of the registry applies; the JPT Pratama check on the registration closing date is stored with it. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public long addInternal(long roundId, String nip) {
        SelectionRound r = round(roundId);
        refuse("nip", RoundPolicy.apply(r.getState(), r.getRegistrationClosesOn(), today()));
        String n = nip == null ? "" : nip.trim();
        EmployeeRef ref = directory.ref(n).orElseThrow(() -> new BusinessProblem("nip", "selection.application.error.unknownNip", n));
        if (!employees.canView(ref)) {
            throw new AccessDeniedProblem("employee outside scope");
        }
        if (applications.existsByRoundIdAndEmployeeId(roundId, ref.id())) {
            throw new BusinessProblem("nip", "selection.refusal.ALREADY_APPLIED", ref.name());
        }
        Eligibility e = JptPratamaEligibility.check(eligibility.candidate(ref), r.getRegistrationClosesOn(), JptPratamaParameters.DEFAULTS);
        Application a = newApplication(r, Application.Kind.INTERNAL, ref.name());
        a.setEmployeeId(ref.id());
        a.setNip(ref.nip());
        a.setEligibilityDate(e.date());
        a.setEligible(e.eligible());
        a.setEligibilityReasons(e.reasons().stream().map(Enum::name).collect(Collectors.joining(",")));
        a.setEligibilitySentences(e.failures().stream().flatMap(f -> f.sentences().stream()).map(SentenceCodec::encode)
                .toArray(String[]::new));
        a.setScreening(RoundPolicy.initialScreening(e.eligible()));
        applications.saveAndFlush(a);
        audit.changed(AuditAction.CREATE, AUDIT_APPLICATION, String.valueOf(a.getId()), ref.nip(), null, snapshot(a));
        return a.getId();
    }

    /** A candidate from outside the registry with their documents (PDF, JPEG or PNG, at most 5 MB each). */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public long addExternal(long roundId, String name, String originAgency, List<Upload> uploads) {
        SelectionRound r = round(roundId);
        refuse("name", RoundPolicy.apply(r.getState(), r.getRegistrationClosesOn(), today()));
        List<Upload> files = uploads == null ? List.of() : uploads.stream().filter(u -> u.content() != null && u.content().length > 0).toList();
        if (files.isEmpty()) {
            throw new BusinessProblem("documents", "selection.application.error.noDocuments");
        }
        if (files.size() > MAX_DOCUMENTS) {
            throw new BusinessProblem("documents", "selection.application.error.tooManyDocuments", MAX_DOCUMENTS);
        }
        List<String> types = files.stream().map(RoundService::contentType).toList();
        Application a = newApplication(r, Application.Kind.EXTERNAL, name.trim());
        a.setOriginAgency(originAgency.trim());
        a.setScreening(RoundPolicy.initialScreening(null));
        applications.saveAndFlush(a);
        for (int i = 0; i < files.size(); i++) {
            ApplicationDocument d = new ApplicationDocument();
            d.setApplicationId(a.getId());
            d.setFilename(safeName(files.get(i).filename()));
            d.setContentType(types.get(i));
            d.setSizeBytes(files.get(i).content().length);
            d.setContent(files.get(i).content());
            d.setCreatedAt(OffsetDateTime.now(clock));
            documents.save(d);
        }
        Map<String, Object> after = snapshot(a);
        after.put("documents", files.size());
        audit.changed(AuditAction.CREATE, AUDIT_APPLICATION, String.valueOf(a.getId()), a.getName(), null, after);
        return a.getId();
    }

    /**
     * The administrative screening of one application; against the eligibility pre-check it is an override and needs
     * {@code reason} (recorded, audited and marked on the list).
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public void screen(long roundId, long applicationId, int version, ScreeningResult result, String reason) {
        SelectionRound r = round(roundId);
        Application a = applications.findById(applicationId).filter(x -> x.getRoundId() == roundId)
                .orElseThrow(() -> new NotFoundProblem("selection.application.notFound", applicationId));
        if (a.getVersion() != version) {
            throw new BusinessProblem(null, "form.error.stale");
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        refuse("reason", RoundPolicy.screen(r.getState(), a.getEligible(), result, why));
        Map<String, Object> before = snapshot(a);
        a.setScreening(result);
        a.setScreeningOverride(RoundPolicy.isOverride(a.getEligible(), result));
        a.setScreeningReason(why);
        a.setScreenedBy(CurrentUser.actorName());
        a.setScreenedAt(OffsetDateTime.now(clock));
        applications.saveAndFlush(a);
        audit.changed(AuditAction.UPDATE, AUDIT_APPLICATION, String.valueOf(a.getId()), a.getNip() == null ? a.getName() : a.getNip(),
                before, snapshot(a));
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional // read-write: the view record commits with the request (AuditLog)
    public DocumentFile document(long roundId, long applicationId, long documentId) {
        Application a = applications.findById(applicationId).filter(x -> x.getRoundId() == roundId)
                .orElseThrow(() -> new NotFoundProblem("selection.application.notFound", applicationId));
        ApplicationDocument d = documents.findById(documentId).filter(x -> x.getApplicationId() == a.getId())
                .orElseThrow(() -> new NotFoundProblem("selection.application.notFound", documentId));
        audit.viewed(AUDIT_APPLICATION, String.valueOf(a.getId()));
        return new DocumentFile(d.getFilename(), d.getContentType(), d.getContent());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private SelectionRound round(long id) {
        return rounds.findById(id).orElseThrow(() -> new NotFoundProblem("selection.round.notFound", id));
    }

    private SelectionRound current(long id, int version) {
        SelectionRound r = round(id);
        if (r.getVersion() != version) {
            throw new BusinessProblem(null, "form.error.stale");
        }
        return r;
    }

    private void save(SelectionRound r, Map<String, Object> before) {
        r.setUpdatedAt(OffsetDateTime.now(clock));
        rounds.saveAndFlush(r);
        audit.changed(AuditAction.UPDATE, AUDIT_ROUND, String.valueOf(r.getId()), before.get("state") + " → " + r.getState(), before,
                snapshot(r));
    }

    private Application newApplication(SelectionRound r, Application.Kind kind, String name) {
        Application a = new Application();
        a.setRoundId(r.getId());
        a.setKind(kind);
        a.setName(name);
        a.setAppliedOn(today());
        a.setCreatedBy(CurrentUser.actorName());
        a.setCreatedAt(OffsetDateTime.now(clock));
        return a;
    }

    /** A refusal as a business problem; a state argument is written through its label, never as the code. */
    private static void refuse(String field, Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            Refusal f = refusal.get();
            Object[] args = f.args().stream().map(a -> a instanceof RoundState s
                    ? new DefaultMessageSourceResolvable(new String[] {"selection.state." + s.name()}, s.name()) : a).toArray();
            throw new BusinessProblem(field, f.key(), args);
        }
    }

    private static ApplicationView view(Application a, List<DocumentName> docs) {
        List<String> reasons = a.getEligibilityReasons() == null || a.getEligibilityReasons().isBlank() ? List.of()
                : List.of(a.getEligibilityReasons().split(","));
        List<SentenceCodec.Decoded> sentences = a.getEligibilitySentences() == null ? List.of()
                : java.util.Arrays.stream(a.getEligibilitySentences()).map(SentenceCodec::decode).toList();
        return new ApplicationView(a.getId(), a.getKind(), a.getNip(), a.getName(), a.getOriginAgency(), a.getEligibilityDate(), a.getEligible(),
                reasons, sentences, a.getScreening(), a.isScreeningOverride(), a.getScreeningReason(), a.getScreenedBy(), a.getScreenedAt(),
                a.getAppliedOn(), a.getVersion(), docs);
    }

    private static Map<String, Object> snapshot(SelectionRound r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.getTitle());
        m.put("post", r.getPostCode());
        m.put("registrationClosesOn", String.valueOf(r.getRegistrationClosesOn()));
        m.put("state", r.getState().name());
        m.put("recommendationNumber", r.getRecommendationNumber());
        m.put("recommendationDate", r.getRecommendationDate() == null ? null : r.getRecommendationDate().toString());
        m.put("oversightBody", r.getOversightBody());
        m.put("announcedOn", r.getAnnouncedOn() == null ? null : r.getAnnouncedOn().toString());
        m.put("closedOn", r.getClosedOn() == null ? null : r.getClosedOn().toString());
        m.put("cancelReason", r.getCancelReason());
        m.put("repeatsRound", r.getRepeatsRoundId());
        m.put("repeatReason", r.getRepeatReason());
        return m;
    }

    private static Map<String, Object> snapshot(Application a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("round", a.getRoundId());
        m.put("kind", a.getKind().name());
        m.put("name", a.getName());
        m.put("originAgency", a.getOriginAgency());
        m.put("eligible", a.getEligible());
        m.put("eligibilityReasons", a.getEligibilityReasons());
        m.put("screening", a.getScreening().name());
        m.put("screeningOverride", a.isScreeningOverride());
        m.put("screeningReason", a.getScreeningReason());
        return m;
    }

    /** Only the content decides: PDF, JPEG or PNG by their signatures, at most 5 MB. */
    static String contentType(Upload u) {
        byte[] b = u.content();
        if (b.length > MAX_DOCUMENT_BYTES) {
            throw new BusinessProblem("documents", "selection.application.error.documentTooLarge", safeName(u.filename()), MAX_DOCUMENT_BYTES / 1024 / 1024);
        }
        return EvidenceFiles.contentType(b).orElseThrow(() -> new BusinessProblem("documents", "selection.application.error.documentType", safeName(u.filename())));
    }

    static String safeName(String name) {
        return EvidenceFiles.safeName(name, "dokumen");
    }

}
