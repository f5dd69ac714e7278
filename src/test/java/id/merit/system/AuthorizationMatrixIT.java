package id.merit.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import id.merit.attendance.AbsenceKind;
import id.merit.attendance.domain.excuses.ExcuseService;
import id.merit.dataimport.domain.ImportJobs;
import id.merit.discipline.domain.CaseCommands;
import id.merit.discipline.domain.CaseService;
import id.merit.discipline.domain.CaseSource;
import id.merit.discipline.domain.CaseWorkflow;
import id.merit.discipline.domain.CircularService;
import id.merit.discipline.domain.FindingKind;
import id.merit.discipline.domain.InspectionService;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.NewUser;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.PostCommands;
import id.merit.selection.domain.RoundService;
import id.merit.trackrecord.domain.TrackRecordService;
import id.merit.trackrecord.rules.OfficialCategory;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix (issue 7): every route of the application's own handler mappings (UI and {@code /api/**})
 * against each of the six roles and anonymous, and, for routes whose path names a record of an OPD or an employee,
 * against the own record, a colleague's (same OPD) and another OPD's. The expected outcome of every route is one row of
 * {@code src/test/resources/authorization-matrix.txt} (format at its top and in docs/architecture.md); a route without a
 * row, or a row without a route, fails {@link #everyRouteHasARowAndEveryRowARoute()}.
 *
 * <p>Requests go through MockMvc on the shared application context with the real security filter chain and the app's
 * own principals (loaded by its {@code UserDetailsService}). Record variables are filled with data this class creates
 * (unique per run, in two OPDs of its own). POSTs carry no form data unless their row gives some, so an allowed role
 * gets a validation answer; the few rows with a valid form write only for this class's own employees. List pages
 * ({@code list}) are also read: another OPD's records must show for the roles that see all, and not for the others.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {
    static final String TABLE = "/authorization-matrix.txt";
    private static final String PASSWORD = "Matriks#Akses2026";

    /** Whose record a request names: the acting user's own, a colleague's in the same OPD, another OPD's. */
    enum Subject { SELF, COLLEAGUE, FOREIGN }

    /** Whose records a route's path names (the table's SCOPE column). */
    enum Scope { NONE, STAFF, OPD, LIST }

    /** What a request must answer. */
    enum Expect { ALLOWED, FORBIDDEN, HIDDEN, LOGIN }

    @Autowired
    id.merit.talent.domain.TalentStore talentStore;
    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserService users;
    @Autowired
    OpdCommands opds;
    @Autowired
    PostCommands posts;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    CaseService cases;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    ExcuseService excuses;
    @Autowired
    CircularService circulars;
    @Autowired
    InspectionService inspections;
    @Autowired
    ImportJobs jobs;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    RoundService rounds;
    @Autowired
    TrackRecordService trackRecords;

    MockMvc mvc;
    List<Row> rows;
    final Map<Role, UserDetails> principals = new EnumMap<>(Role.class);
    /** Placeholder name → value for each {@link Subject} (index = ordinal). */
    final Map<String, String[]> fixtures = new HashMap<>();
    /** Text that shows another OPD's record on a list: its employee's NIP and name, its code and name. */
    final List<String> foreignMarkers = new ArrayList<>();

    @BeforeAll
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        rows = Row.parseTable();
        long n = System.nanoTime() % 100_000;
        String own = "AZM" + n;
        String other = "AZX" + n;
        users.createUnchecked(new NewUser("azofficer" + n, PASSWORD, Role.OFFICER, null, null, null), false);
        principals.put(Role.OFFICER, users.loadUserByUsername("azofficer" + n));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(principals.get(Role.OFFICER), null,
                principals.get(Role.OFFICER).getAuthorities()));
        try {
            opds.upsert(new OpdCommands.OpdData(own, "Dinas Matriks " + n, OpdKind.DINAS, null, null, null, null));
            opds.upsert(new OpdCommands.OpdData(other, "Dinas Lain " + n, OpdKind.DINAS, null, null, null, null));
            LocalDate born = LocalDate.of(1970, 1, 1).plusDays(n % 9000);
            String[] nips = new String[3];
            String[] opdOf = {own, own, other};
            for (int i = 0; i < 3; i++) {
                nips[i] = Nip.compose(born, YearMonth.of(2001, 1 + i), 'M', (int) (n % 998) + 1);
                employees.upsert(new EmployeeData(nips[i], "Pegawai Matriks " + i + " " + n, Gender.M, born, EmployeeType.PNS, opdOf[i],
                        "III/a", "Pengadministrasi Umum", PositionKind.PELAKSANA, null, null, null, null));
            }
            // the OPD head heads the first OPD; the EMPLOYEE account is the first employee (SELF), the second is a
            // COLLEAGUE in the same OPD, the third works in the other OPD (FOREIGN)
            for (Role r : Role.values()) {
                String name = "az" + r.name().toLowerCase().replace("_", "") + n;
                if (r != Role.OFFICER) {
                    users.createUnchecked(new NewUser(name, PASSWORD, r, r == Role.OPD_HEAD ? own : null, r == Role.EMPLOYEE ? nips[0] : null,
                            null), false);
                }
                principals.put(r, users.loadUserByUsername(name));
            }
            fixtures.put("nip", nips);
            // the ANNUAL SKP period of 2025 (GET /performance/periods/{year}/ANNUAL answers only for an opened one)
            jdbc.update("INSERT INTO performance.period (year, kind, deadline, opened_by) VALUES (2025, 'ANNUAL', DATE '2026-01-31', 'matrix') "
                    + "ON CONFLICT DO NOTHING");
            // an ANNUAL SKP evaluation of 2025 and an assessment for each: GET .../performance/{year} and .../talent/{year}
            // answer only with an ANNUAL performance of the year and an assessment before its end
            for (String nip : nips) {
                jdbc.update("INSERT INTO performance.evaluation (employee_id, year, period, results_rating, behaviour_rating, predicate) "
                        + "SELECT id, 2025, 'ANNUAL', 'MEETS', 'MEETS', 'BAIK' FROM employee.employee WHERE nip = ? ON CONFLICT DO NOTHING", nip);
                jdbc.update("INSERT INTO assessment.assessment (employee_id, assessment_date, purpose, jpm, potential_score) "
                        + "SELECT id, DATE '2025-06-02', 'MAPPING', 75, 70 FROM employee.employee WHERE nip = ? ON CONFLICT DO NOTHING", nip);
            }
            // they went in by SQL (no StaffRecordsChanged, as a bulk load): store the 9-box of 2025 from them
            talentStore.compute(2025);
            // each subject's assessment (GET /employees/{nip}/assessments/{assessment}/edit)
            fixtures.put("assessment", each(i -> jdbc.queryForObject("SELECT a.id FROM assessment.assessment a JOIN employee.employee e "
                    + "ON e.id = a.employee_id WHERE e.nip = ? AND a.assessment_date = DATE '2025-06-02' AND a.purpose = 'MAPPING'", Long.class,
                    nips[i])));
            // a pending data-update request of the first employee, with its evidence (GET /data-requests/{datarequest}...)
            Long request = jdbc.queryForObject("INSERT INTO employee.data_request (employee_id, kind, training_kind, training_name, "
                    + "training_hours, training_end_date, submitted_at, submitted_by) SELECT id, 'TRAINING', 'TEKNIS', 'Diklat Matriks', 20, "
                    + "DATE '2025-03-01', now(), 'matriks' FROM employee.employee WHERE nip = ? RETURNING id", Long.class, nips[0]);
            jdbc.update("INSERT INTO employee.data_request_evidence (request_id, filename, content_type, size_bytes, content) "
                    + "VALUES (?, 'sertifikat.pdf', 'application/pdf', 4, ?)", request, "%PDF".getBytes(StandardCharsets.US_ASCII));
            fixtures.put("datarequest", same(String.valueOf(request)));
            fixtures.put("opd", new String[] {own, own, other});
            fixtures.put("code", fixtures.get("opd"));
            fixtures.put("run", same(String.valueOf(n)));
            foreignMarkers.addAll(List.of(nips[2], "Pegawai Matriks 2 " + n, other, "Dinas Lain " + n));
            fixtures.put("case", each(i -> {
                long id = workflow.open(new CaseCommands.Open(nips[i], CaseSource.MANUAL, null, null, null, null, "Tidak masuk kerja",
                        List.of("Tidak masuk kerja"), null, LocalDate.of(2025, 3, 3)));
                workflow.summon(id, cases.get(id).version(), new CaseCommands.Summons("800/" + id + "/SP/2025", LocalDate.of(2025, 3, 3),
                        LocalDate.of(2025, 3, 12), "Ruang rapat", "Siti Aminah", null, "Kepala Sub Bagian Umum"));
                return id;
            }));
            byte[] pdf = "%PDF-1.4\n%matrix\n".getBytes(StandardCharsets.US_ASCII);
            fixtures.put("excuse", each(i -> excuses.record(new ExcuseService.NewExcuse(nips[i], AbsenceKind.IZIN, LocalDate.of(2025, 3, 13),
                    LocalDate.of(2025, 3, 13), "matriks", new ExcuseService.Evidence("surat.pdf", pdf)))));
            fixtures.put("circular", each(i -> circulars.publish("800/" + n + "-" + i + "/MTX/2025", LocalDate.of(2025, 1, 6),
                    "Surat edaran matriks " + n, "Isi surat edaran.", false, List.of(opdOf[i]))));
            fixtures.put("inspection", each(i -> inspections.record(opdOf[i], LocalDate.of(2025, 5, 6), "Tim Matriks " + n, null)));
            String[] inspection = fixtures.get("inspection");
            fixtures.put("finding", each(i -> {
                long id = Long.parseLong(inspection[i]);
                inspections.addFinding(id, inspections.get(id).version(), nips[i], FindingKind.NOT_AT_POST, "matriks");
                return inspections.get(id).findings().get(0).id();
            }));
            long spare = users.createUnchecked(new NewUser("azspare" + n, PASSWORD, Role.OFFICER, null, null, null), false).id();
            fixtures.put("user", same(String.valueOf(spare)));
            fixtures.put("post", each(i -> {
                String code = "AZP" + n + "-" + i;
                posts.upsert(new PostCommands.PostData(code, opdOf[i], "Jabatan Matriks " + i, "PELAKSANA", null, null, 1, false, null));
                return code;
            }));
            // retiring needs no form: a post of its own, so the other post rows still find theirs active
            posts.upsert(new PostCommands.PostData("AZP" + n + "-R", own, "Jabatan Matriks Pensiun", "PELAKSANA", null, null, 1, false, null));
            fixtures.put("retirable", same("AZP" + n + "-R"));
            // an open selection round for a vacant JPT Pratama post, announced today, with one external applicant
            posts.upsert(new PostCommands.PostData("AZJ" + n, own, "Kepala Dinas Matriks", "JPT_PRATAMA", null, null, 1, false, null));
            LocalDate today = rounds.today();
            long round = rounds.create(new RoundService.NewRound("AZJ" + n, "Seleksi Matriks " + n, today.plusDays(30)));
            rounds.recommend(round, 0, "R-" + n, today, null);
            rounds.announce(round, 1, today);
            long application = rounds.addExternal(round, "Pelamar Matriks " + n, "Instansi Lain", List.of(new RoundService.Upload("cv.pdf", pdf)));
            fixtures.put("round", same(String.valueOf(round)));
            fixtures.put("application", same(String.valueOf(application)));
            fixtures.put("document", same(String.valueOf(rounds.get(round).applications().get(0).documents().get(0).id())));
            // a track-record investigation of the first employee, whose OPD a team (without the matrix's assessor) covers
            long investigation = trackRecords.create(new TrackRecordService.NewInvestigation("Penelusuran Matriks " + n, "matriks",
                    today.plusDays(14)));
            long trteam = trackRecords.addTeam(investigation, new TrackRecordService.NewTeam("Tim Matriks " + n, "Asisten Matriks",
                    "Asisten I", null, today.plusDays(14)));
            trackRecords.assignArea(investigation, trteam, own);
            long official = trackRecords.addOfficial(investigation, nips[0], OfficialCategory.PENGAWAS);
            fixtures.put("investigation", same(String.valueOf(investigation)));
            fixtures.put("trteam", same(String.valueOf(trteam)));
            fixtures.put("official", same(String.valueOf(official)));
            // an innovation of each subject's OPD in the unit assessment of 2025, assessed by a team member of that year
            Long assessor = jdbc.queryForObject("INSERT INTO unitassessment.team_member (year, body, name, added_by, added_at) "
                    + "VALUES (2025, 'INSPECTORATE', ?, 'matriks', now()) RETURNING id", Long.class, "Penilai Matriks " + n);
            fixtures.put("unitentry", each(i -> jdbc.queryForObject("INSERT INTO unitassessment.entry (year, opd_id, aspect, title, points, "
                    + "assessor_id, evidence_filename, evidence_content_type, evidence_size, evidence, entered_by, entered_at) "
                    + "SELECT 2025, id, 'INNOVATION', 'Inovasi Matriks', 10, ?, 'bukti.pdf', 'application/pdf', ?, ?, 'matriks', now() "
                    + "FROM orgunit.opd WHERE code = ? RETURNING id", Long.class, assessor, pdf.length, pdf, opdOf[i])));
            fixtures.put("job", same(jobs.start("holidays", "matriks.csv", target -> Files.writeString(target, "date,name\n",
                    StandardCharsets.UTF_8), Map.of(), true).toString()));
        } finally {
            SecurityContextHolder.clearContext();
        }
        fixtures.put("year", same("2025"));
        fixtures.put("month", same("2025-03"));
        fixtures.put("kind", same("holidays"));
        fixtures.put("letter", same("summons"));
        // a date without a holiday and a schedule id that does not exist: allowed roles change nothing
        fixtures.put("date", same("2099-12-30"));
        fixtures.put("schedule", same("999999999"));
    }

    @AfterAll
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        Set<String> routes = routes();
        Set<String> table = rows.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(table);
        Set<String> stale = new TreeSet<>(table);
        stale.removeAll(routes);
        assertThat(missing).as("routes without a row in %s: add one line each (format at the top of the file)", TABLE).isEmpty();
        assertThat(stale).as("rows in %s whose route no longer exists: delete them", TABLE).isEmpty();
        assertThat(rows.stream().map(r -> r.key() + " " + r.request()).distinct().count()).as("duplicate rows in %s", TABLE)
                .isEqualTo(rows.size());
    }

    @Test
    void everyPageNamingARecordDeclaresItsScope() {
        // a GET whose path names a record (not just a year or a kind) and which an OPD head, an employee or an
        // assessor may open must say whose records they see, so that the foreign-record checks run
        Pattern record = Pattern.compile("\\{(?!year}|kind})[a-zA-Z]+}");
        Set<Role> narrow = EnumSet.of(Role.OPD_HEAD, Role.EMPLOYEE, Role.ASSESSOR);
        List<String> undeclared = rows.stream()
                .filter(r -> r.sentMethod().equals("GET") && record.matcher(r.pattern()).find() && r.scope() == Scope.NONE
                        && r.roles().stream().anyMatch(narrow::contains))
                .map(r -> "line " + r.line() + ": " + r.key()).toList();
        assertThat(undeclared).as("rows of %s that name a record without a scope (staff or opd)", TABLE).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEveryRoleAsTheTableSays() {
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.key() + (row.request().equals(row.pattern()) ? "" : " as " + row.request()), () -> {
            List<String> failures = new ArrayList<>();
            List<Role> actors = new ArrayList<>(Arrays.asList(Role.values()));
            actors.add(null);
            for (Role role : actors) {
                for (Subject subject : subjects(row, role)) {
                    String url = fill(row, subject);
                    Expect expect = row.expect(role, subject);
                    Answer answer = perform(row, role, url);
                    String who = role == null ? "anonymous" : role.name();
                    if (!answer.meets(expect, row)) {
                        failures.add("%s %s as %s (%s record): expected %s, got %s".formatted(row.method(), url, who, subject, expect, answer));
                    } else if (row.scope() == Scope.LIST && expect == Expect.ALLOWED && role != null && !row.isPublic()) {
                        boolean wide = role == Role.ADMIN || role == Role.OFFICER || role == Role.REGENT;
                        boolean shows = foreignMarkers.stream().anyMatch(answer.body()::contains);
                        if (shows != wide) {
                            failures.add("%s %s as %s: %s another OPD's record".formatted(row.method(), url, who,
                                    wide ? "does not show (so the check proves nothing)" : "shows"));
                        }
                    }
                }
            }
            assertThat(failures).as("line %d of %s", row.line(), TABLE).isEmpty();
        }));
    }

    /** The records a role is tried with: a colleague's only where it makes a difference, another OPD's to show it exists. */
    private static Subject[] subjects(Row row, Role role) {
        if (row.scope() == Scope.NONE || row.scope() == Scope.LIST || role == null || !row.roles().contains(role) || role == Role.ASSESSOR) {
            return new Subject[] {Subject.SELF};
        }
        boolean narrow = role == Role.OPD_HEAD || role == Role.EMPLOYEE;
        return narrow && row.scope() == Scope.STAFF ? Subject.values() : new Subject[] {Subject.SELF, Subject.FOREIGN};
    }

    /** Method, pattern and params condition of every handler method, as the table's first two columns write them. */
    Set<String> routes() {
        Set<String> keys = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
            String params = info.getParamsCondition().getExpressions().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining("&"));
            for (String pattern : info.getPatternValues()) {
                for (String m : methods.isEmpty() ? Set.of("*") : methods) {
                    keys.add(m + " " + pattern + (params.isEmpty() ? "" : "?" + params));
                }
            }
        }
        return keys;
    }

    private String fill(Row row, Subject subject) {
        Matcher m = Pattern.compile("\\{([a-zA-Z]+)}").matcher(row.request());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] values = fixtures.get(m.group(1));
            if (values == null) {
                throw new IllegalStateException("line " + row.line() + " of " + TABLE + ": no fixture named {" + m.group(1)
                        + "}; give the request column with one of " + new TreeSet<>(fixtures.keySet()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(values[subject.ordinal()]));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Answer perform(Row row, Role role, String url) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.sentMethod()), URI.create(url));
        if (role != null) {
            request.with(user(principals.get(role)));
        }
        if (!row.sentMethod().equals("GET") && !row.api()) {
            request.with(csrf());
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            return new Answer(result.getResponse().getStatus(), result.getResponse().getHeader("Location"), null,
                    result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return new Answer(500, null, e.getClass().getSimpleName() + ": " + e.getMessage(), "");
        }
    }

    private static String[] each(java.util.function.IntFunction<Object> make) {
        return new String[] {String.valueOf(make.apply(0)), String.valueOf(make.apply(1)), String.valueOf(make.apply(2))};
    }

    private static String[] same(String value) {
        return new String[] {value, value, value};
    }

    record Answer(int status, String location, String exception, String body) {
        boolean toLogin() {
            return status == 302 && location != null && location.endsWith("/login");
        }

        boolean denied() {
            return status == 401 || status == 403 || toLogin();
        }

        boolean meets(Expect expect, Row row) {
            return switch (expect) {
                // a GET must work (2xx or a redirect elsewhere); a POST must only get past the fence (its empty form is refused)
                case ALLOWED -> row.sentMethod().equals("GET") && !row.isPublic() ? status < 400 && !toLogin() : !denied() && exception == null;
                case FORBIDDEN -> status == 403;
                case HIDDEN -> status == 403 || status == 404;
                case LOGIN -> row.api() ? status == 401 : toLogin();
            };
        }

        @Override
        public String toString() {
            return status + (location == null ? "" : " -> " + location) + (exception == null ? "" : " (" + exception + ")");
        }
    }

    /** One line of the table. */
    record Row(int line, String method, String pattern, Set<Role> roles, boolean isPublic, Scope scope, String request) {
        private static final Set<Role> ALL = EnumSet.allOf(Role.class);

        String key() {
            return method + " " + pattern;
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        /** A mapping without a method condition is tried with GET. */
        String sentMethod() {
            return method.equals("*") ? "GET" : method;
        }

        Expect expect(Role role, Subject subject) {
            if (isPublic) {
                return Expect.ALLOWED;
            }
            if (role == null) {
                return Expect.LOGIN;
            }
            if (!roles.contains(role)) {
                return Expect.FORBIDDEN;
            }
            boolean outside = switch (role) {
                case ADMIN, OFFICER, REGENT -> false;
                case OPD_HEAD -> subject == Subject.FOREIGN;
                case EMPLOYEE -> scope == Scope.STAFF ? subject != Subject.SELF : subject == Subject.FOREIGN;
                case ASSESSOR -> true;
            };
            return (scope == Scope.STAFF || scope == Scope.OPD) && outside ? Expect.HIDDEN : Expect.ALLOWED;
        }

        static List<Row> parseTable() {
            List<Row> rows = new ArrayList<>();
            try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream(TABLE)) {
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    String text = lines[i].replaceFirst("\\s+#.*$", "").strip();
                    if (text.isEmpty() || text.startsWith("#")) {
                        continue;
                    }
                    rows.add(parse(i + 1, text.split("\\s+")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rows;
        }

        private static Row parse(int line, String[] t) {
            if (t.length < 4 || t.length > 5 || !Set.of("-", "staff", "opd", "list").contains(t[3])) {
                throw new IllegalStateException("line " + line + " of " + TABLE + ": expected METHOD PATTERN ROLES SCOPE [REQUEST], got "
                        + String.join(" ", t));
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            boolean isPublic = false;
            for (String r : t[2].split(",")) {
                switch (r) {
                    case "ALL" -> roles.addAll(ALL);
                    case "PUBLIC" -> {
                        roles.addAll(ALL);
                        isPublic = true;
                    }
                    case "NONE" -> { }
                    default -> roles.add(Role.valueOf(r));
                }
            }
            Scope scope = t[3].equals("-") ? Scope.NONE : Scope.valueOf(t[3].toUpperCase());
            return new Row(line, t[0], t[1], roles, isPublic, scope, t.length == 5 ? t[4] : t[1]);
        }
    }
}
