package id.merit.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.attendance.domain.calendar.CalendarService;
import id.merit.attendance.domain.calendar.Holiday;
import id.merit.attendance.domain.calendar.OutageService;
import id.merit.attendance.domain.excuses.ExcuseService;
import id.merit.attendance.rules.WeekSchedule;
import id.merit.discipline.AbsenceRecommendations;
import id.merit.discipline.RecommendedAttendance;
import id.merit.discipline.SanctionBand;
import id.merit.discipline.SanctionLevel;
import id.merit.discipline.SedangRegime;
import id.merit.discipline.domain.DisciplineRuleSet;
import id.merit.discipline.domain.ReviewService;
import id.merit.discipline.domain.RuleSetService;
import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionRecord;
import id.merit.identity.NewUser;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.dataimport.ImportHandler;
import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.RowProblem;
import id.merit.dataimport.TabularFile;
import id.merit.support.MeritIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * interchange.md §2 attendance kinds and §3 attendance API on the whole application and real PostgreSQL: a crafted
 * March 2025 for one employee whose figures are known by hand, imported through the ImportHandler beans.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttendanceApiIT {

    static final String OPD_A = "ATTIT-A";
    static final String OPD_A_SUB = "ATTIT-A1";
    static final String OPD_B = "ATTIT-B";
    static final String DEVICE = "ATTIT-SN1";
    static final String NIP_A = Nip.compose(LocalDate.of(1985, 3, 12), YearMonth.of(2010, 1), 'M', 771);
    static final String NIP_B = Nip.compose(LocalDate.of(1990, 7, 1), YearMonth.of(2015, 3), 'F', 772);
    static final String NIP_C = "ATTIT-PHL-1";
    /** A colleague of A in the same unit whose punches cover A's working days (rules-defaults.md "No data is not absence"). */
    static final String NIP_D = "ATTIT-PHL-2";
    static final String PASSWORD = "Rahasia#2026x";

    /** The crafted attlog: employee A (PIN 101) in March 2025, plus noise. Line numbers matter. */
    static final String ATTLOG = String.join("\r\n",
            "      101\t2025-03-03 07:25:10\t1\t0\t1\t0",                      // 1 Mon on time
            "      101\t2025-03-03 16:05:00\t1\t1\t1\t0",                      // 2
            "101\t2025-03-04 07:45:00\t0\t25\t0\t0\t0\t0\t0\t0",                // 3 Tue late 15 (push format)
            "101\t2025-03-04 16:00:00",                                        // 4
            "101\t2025-03-05 07:30:00",                                        // 5 Wed early 30
            "101\t2025-03-05 15:30:00",                                        // 6
            "101\t2025-03-06 08:10:00",                                        // 7 Thu single before 12:00: late 40, no check-out
            "101\t2025-03-07 16:40:00",                                        // 8 Fri single after 12:00: no check-in
            "101\t2025-03-08 09:00:00",                                        // 9 Saturday: kept, counts for nothing
            "",                                                                // 10 blank
            "999\t2025-03-10 07:00:00",                                        // 11 unmapped PIN
            "101\t2025-03-10",                                                 // 12 bad timestamp
            "101",                                                             // 13 short line
            "101\t2025-03-18 07:00:00", "101\t2025-03-18 16:30:00",            // 14-15
            "101\t2025-03-19 07:00:00", "101\t2025-03-19 16:30:00",
            "101\t2025-03-20 07:00:00", "101\t2025-03-20 16:30:00",
            "101\t2025-03-21 07:00:00", "101\t2025-03-21 17:00:00",
            "101\t2025-03-24 07:00:00", "101\t2025-03-24 16:30:00",
            "101\t2025-03-25 07:00:00", "101\t2025-03-25 16:30:00",
            "101\t2025-03-26 07:00:00", "101\t2025-03-26 16:30:00",
            "101\t2025-03-27 07:00:00", "101\t2025-03-27 16:30:00",            // 28-29
            "101\t2025-03-27 16:30:00",                                        // 30 the same punch twice in one file
            "101\t2025-03-28 08:00:00",                                        // 31 cuti bersama: counts for nothing
            "102\t2025-03-03 07:30:00",                                        // 32 employee B
            "") + "\r\n";
    static final int ATTLOG_VALID = 27;

    @Autowired
    List<ImportHandler> handlers;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    AttendanceQueries attendance;
    @Autowired
    ExcuseService excuses;
    @Autowired
    OutageService outages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CalendarService calendar;
    @Autowired
    RuleSetService disciplineRules;
    @Autowired
    AbsenceRecommendations recommendations;
    @Autowired
    ReviewService reviews;
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    static void authenticate(Role role, String opdCode, String nip) {
        MeritUserDetails principal = new MeritUserDetails(new CurrentUser(role.name().toLowerCase(), role, opdCode, nip), "x", true, false,
                role.name());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    @BeforeAll
    void createRegistry() {
        authenticate(Role.ADMIN, null, null);
        opds.upsert(new OpdCommands.OpdData(OPD_A, "Dinas Uji Kehadiran", OpdKind.DINAS, null, null, null, null));
        opds.upsert(new OpdCommands.OpdData(OPD_A_SUB, "UPT Uji Kehadiran", OpdKind.UPT, OPD_A, null, null, null));
        opds.upsert(new OpdCommands.OpdData(OPD_B, "Badan Uji Lain", OpdKind.BADAN, null, null, null, null));
        employees.upsert(new EmployeeData(NIP_A, "Andi Hadir", Gender.M, LocalDate.of(1985, 3, 12), EmployeeType.PNS, OPD_A_SUB, "III/a",
                "Analis", PositionKind.PELAKSANA, null, null, null, null));
        employees.upsert(new EmployeeData(NIP_B, "Budi Lain", Gender.F, LocalDate.of(1990, 7, 1), EmployeeType.PNS, OPD_B, "III/b",
                "Kepala Seksi", PositionKind.PENGAWAS, null, null, null, null));
        employees.upsert(new EmployeeData(NIP_C, "Citra Honorer", Gender.F, LocalDate.of(1995, 1, 1), EmployeeType.NON_ASN_PHL, OPD_A,
                null, "Pramu Kantor", PositionKind.PELAKSANA, null, null, null, null));
        employees.upsert(new EmployeeData(NIP_D, "Dewi Rekan", Gender.F, LocalDate.of(1996, 1, 1), EmployeeType.NON_ASN_PHL, OPD_A_SUB,
                null, "Pramu Kantor", PositionKind.PELAKSANA, null, null, null, null));
        employees.upsertPosition(NIP_A, new PositionRecord("Analis", PositionKind.PELAKSANA, null, OPD_A_SUB, LocalDate.of(2025, 3, 3), null));
        users.createUnchecked(new NewUser("attit-head-a", PASSWORD, Role.OPD_HEAD, OPD_A, null, "Kepala A"), false);
        users.createUnchecked(new NewUser("attit-head-b", PASSWORD, Role.OPD_HEAD, OPD_B, null, "Kepala B"), false);
        users.createUnchecked(new NewUser("attit-emp-a", PASSWORD, Role.EMPLOYEE, null, NIP_A, "Andi"), false);
        users.createUnchecked(new NewUser("attit-assessor", PASSWORD, Role.ASSESSOR, null, null, "Asesor"), false);
        SecurityContextHolder.clearContext();
    }

    @BeforeEach
    void asAdmin() {
        authenticate(Role.ADMIN, null, null);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    ImportOutcome run(String kind, String content, Map<String, String> params) {
        ImportHandler h = handlers.stream().collect(Collectors.toMap(ImportHandler::kind, Function.identity())).get(kind);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return h.run(new ImportRequest(kind, kind + ".csv", () -> new ByteArrayInputStream(bytes), params, false));
    }

    ImportOutcome dryRun(String kind, String content, Map<String, String> params) {
        ImportHandler h = handlers.stream().filter(x -> x.kind().equals(kind)).findFirst().orElseThrow();
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return h.run(new ImportRequest(kind, kind + ".csv", () -> new ByteArrayInputStream(bytes), params, true));
    }

    HttpResponse<String> get(String path, String user, String password) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + auth).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** accepted/duplicates/rejected. */
    static String counts(ImportOutcome o) {
        return o.accepted() + "/" + o.duplicates() + "/" + o.rejected().size();
    }

    static List<String> lines(ImportOutcome o) {
        return o.rejected().stream().map(p -> p.line() + ":" + p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    @Order(1)
    void registersTheFiveImportKinds() {
        Map<String, ImportHandler> byKind = handlers.stream().collect(Collectors.toMap(ImportHandler::kind, Function.identity()));
        assertThat(byKind).containsKeys("holidays", "device-users", "attendance", "attlog", "absences");
        assertThat(byKind.get("holidays").atomic()).isTrue();
        assertThat(byKind.get("device-users").atomic()).isTrue();
        assertThat(byKind.get("absences").atomic()).isTrue();
        assertThat(byKind.get("attendance").atomic()).isFalse();
        assertThat(byKind.get("attlog").atomic()).isFalse();
        assertThat(byKind.get("attlog").columns()).isEmpty();
        assertThat(byKind.get("device-users").columns()).containsExactly("device_sn", "pin", "nip");
    }

    @Test
    @Order(2)
    void masterDataKindsAreAtomicAndIdempotent() {
        String holidays = "date,name\n2025-03-28,Cuti Bersama Hari Suci Nyepi\n2025-03-31,Hari Raya Idul Fitri 1446 H\n";
        ImportOutcome bad = run("holidays", holidays + "2025-02-30,Tanggal salah\n", Map.of());
        assertThat(lines(bad)).containsExactly("4:date:import.error.date");
        assertThat(bad.accepted()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM attendance.holiday WHERE holiday_date = '2025-03-28'", Integer.class)).isZero();

        assertThat(counts(dryRun("holidays", holidays, Map.of()))).isEqualTo("0/0/0");
        assertThat(counts(run("holidays", holidays, Map.of()))).isEqualTo("2/0/0");
        assertThat(counts(run("holidays", holidays, Map.of()))).isEqualTo("0/2/0");
        assertThat(jdbc.queryForObject("SELECT kind FROM attendance.holiday WHERE holiday_date = '2025-03-28'", String.class))
                .isEqualTo("CUTI_BERSAMA");
        assertThat(calendar.holidays(2025)).extracting(Holiday::getDate).contains(LocalDate.of(2025, 3, 28), LocalDate.of(2025, 3, 31));

        String deviceUsers = "device_sn,pin,nip\n" + DEVICE + ",101," + NIP_A + "\n" + DEVICE + ",0102," + NIP_B + "\n"
                + DEVICE + ",103," + NIP_C + "\n";
        ImportOutcome unknown = run("device-users", deviceUsers + DEVICE + ",104,999999999999999999\n", Map.of());
        assertThat(lines(unknown)).containsExactly("5:nip:attendance.import.unknownNip");
        assertThat(unknown.accepted()).isZero();
        assertThat(counts(run("device-users", deviceUsers, Map.of()))).isEqualTo("3/0/0");
        assertThat(run("device-users", deviceUsers, Map.of()).duplicates()).isEqualTo(3);

        String absences = "nip,start_date,end_date,kind\n" + NIP_A + ",2025-03-12,2025-03-12,SAKIT\n";
        ImportOutcome badAbsence = run("absences", absences + NIP_A + ",2025-03-20,2025-03-19,CUTI\n" + NIP_A + ",2025-03-21,,LIBUR\n", Map.of());
        assertThat(lines(badAbsence)).containsExactly("3:end_date:attendance.import.endBeforeStart", "4:kind:import.error.code");
        assertThat(counts(run("absences", absences, Map.of()))).isEqualTo("1/0/0");
        assertThat(counts(run("absences", absences, Map.of()))).isEqualTo("0/1/0");
    }

    @Test
    @Order(3)
    void attlogStoresValidLinesReportsBadOnesAndCountsRepeatsOnce() {
        assertThatThrownBy(() -> run("attlog", ATTLOG, Map.of())).isInstanceOf(TabularFile.MalformedFileException.class)
                .hasMessage("attendance.attlog.deviceSnRequired");

        ImportOutcome dry = dryRun("attlog", ATTLOG, Map.of("device_sn", DEVICE));
        assertThat(dry.accepted()).isZero();
        assertThat(dry.duplicates()).isEqualTo(1);

        ImportOutcome first = run("attlog", ATTLOG, Map.of("device_sn", DEVICE));
        assertThat(lines(first)).containsExactly("11:pin:attendance.attlog.unmappedPin", "12:timestamp:attendance.attlog.badTimestamp",
                "13:timestamp:attendance.attlog.shortLine");
        assertThat(first.rejected().get(0).args()).containsExactly("999", DEVICE);
        assertThat(first.accepted()).isEqualTo(ATTLOG_VALID);
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(first.rows()).isEqualTo(31); // every non-blank line

        ImportOutcome second = run("attlog", ATTLOG, Map.of("device_sn", DEVICE));
        assertThat(second.accepted()).isZero();
        assertThat(second.duplicates()).isEqualTo(ATTLOG_VALID + 1);
        assertThat(second.rejected()).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT device_sn FROM attendance.punch WHERE punched_at = '2025-03-03 07:25:10'", String.class))
                .isEqualTo(DEVICE);
    }

    // A's days without a punch are absences only where the data cover them: a colleague in A's own unit punched on
    // every weekday from 3 March to the end of 2025 (no device named).
    @Test
    @Order(4)
    void aColleagueInTheSameUnitCoversTheDays() {
        ImportOutcome o = id.merit.support.AttendanceCover.punchEveryWeekday(handlers, NIP_D, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 12, 31));
        assertThat(o.accepted()).isEqualTo(218);
        assertThat(o.rejected()).isEmpty();
    }

    @Test
    @Order(4)
    void attendanceCsvKind() {
        String csv = "nip,timestamp,device_sn\n" + NIP_C + ",2025-03-03 07:29:00,\n" + NIP_C + ",2025-03-03 16:01:00,GATE-2\n"
                + NIP_C + ",2025-03-03 25:00:00,\n" + "000,2025-03-03 07:00:00,\n" + NIP_A + ",2025-03-03 07:25:10,X\n"
                + NIP_C + ",2101-01-01 00:00:00,\n" + NIP_C + ",+10000-01-01 00:00:00,\n";
        ImportOutcome o = run("attendance", csv, Map.of());
        assertThat(lines(o)).containsExactly("4:timestamp:attendance.import.badTimestamp", "5:nip:attendance.import.unknownNip",
                "7:timestamp:attendance.import.badTimestamp", "8:timestamp:attendance.import.badTimestamp");
        assertThat(o.accepted()).isEqualTo(2);
        assertThat(o.duplicates()).isEqualTo(1); // A's 07:25:10 came from the attlog already
        assertThatThrownBy(() -> run("attendance", "nip,when\n" + NIP_C + ",2025-03-03 07:29:00\n", Map.of()))
                .isInstanceOf(TabularFile.MalformedFileException.class);
        // the stored punch keeps its device; the new one gets the device of its row
        assertThat(jdbc.queryForObject("SELECT device_sn FROM attendance.punch WHERE punched_at = '2025-03-03 07:25:10'", String.class))
                .isEqualTo(DEVICE);
        assertThat(jdbc.queryForObject("SELECT device_sn FROM attendance.punch WHERE punched_at = '2025-03-03 16:01:00'", String.class))
                .isEqualTo("GATE-2");
    }

    @Test
    @Order(4)
    void overlappingImportsAtTheSameTimeStoreEachPunchOnce() throws Exception {
        // five rounds, 2019–2023 (no later test counts those years): in each, file A holds the first 600 of 900 punches
        // and file B the last 600, imported at the same time
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int year = 2019; year <= 2023; year++) {
                StringBuilder a = new StringBuilder("nip,timestamp,device_sn\n");
                StringBuilder b = new StringBuilder("nip,timestamp,device_sn\n");
                for (int i = 0; i < 900; i++) {
                    String line = NIP_C + "," + LocalDate.of(year, 1, 2).plusDays(i / 3) + " 0" + (7 + i % 3) + ":00:00,\n";
                    if (i < 600) {
                        a.append(line);
                    }
                    if (i >= 300) {
                        b.append(line);
                    }
                }
                Future<ImportOutcome> first = pool.submit(() -> run("attendance", a.toString(), Map.of()));
                Future<ImportOutcome> second = pool.submit(() -> run("attendance", b.toString(), Map.of()));
                ImportOutcome x = first.get();
                ImportOutcome y = second.get();
                assertThat(x.accepted() + y.accepted()).as("accepted in %d", year).isEqualTo(900);
                assertThat(x.duplicates() + y.duplicates()).as("duplicates in %d", year).isEqualTo(300);
                assertThat(counts(run("attendance", a.toString(), Map.of()))).isEqualTo("0/600/0");
            }
        } finally {
            pool.shutdown();
        }
        String ofC = " FROM attendance.%s p JOIN employee.employee e ON e.id = p.employee_id WHERE e.nip = ? AND %s < '2024-01-01'";
        assertThat(jdbc.queryForObject("SELECT count(*)" + ofC.formatted("punch", "punched_at"), Long.class, NIP_C)).isEqualTo(4500L);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT punched_at)" + ofC.formatted("punch", "punched_at"), Long.class, NIP_C))
                .isEqualTo(4500L);
        // 300 days from 2 January: January to October of each year
        assertThat(jdbc.queryForObject("SELECT count(*)" + ofC.formatted("punch_month", "month"), Long.class, NIP_C)).isEqualTo(50L);
    }

    static final String EXPECTED_A = "{\"nip\":\"" + NIP_A + "\",\"year\":2025,\"from\":\"2025-03-03\",\"until\":\"2025-03-31\","
            + "\"workingDays\":19,\"presentDays\":13,\"excusedDays\":1,\"unexcusedDays\":5,\"noDataDays\":0,\"longestUnexcusedStreak\":3,"
            + "\"lateMinutes\":55,\"earlyLeaveMinutes\":30,\"missingCheckInDays\":1,\"missingCheckOutDays\":1,"
            + "\"recommendation\":{\"band\":\"TEGURAN_TERTULIS\",\"level\":\"RINGAN\","
            + "\"basis\":\"PP 94/2021 Pasal 9 ayat (2) huruf b angka 2 (teguran tertulis: 4–6 hari kerja)\"}}";

    @Test
    @Order(5)
    void apiAnswersTheContractJson() throws Exception {
        // 3–31 March 2025 (counting starts at the first position, 3 March): 21 weekdays minus 28 and 31 March = 19;
        // present 3–7 and 18–27; excused 12 (SAKIT); unexcused 10, 11, 13, 14, 17 (streak 13, 14, [weekend], 17 = 3);
        // late 15 (4th) + 40 (6th, single morning punch); early 30 (5th); 7th single afternoon punch = missing check-in.
        HttpResponse<String> r = get("/api/v1/employees/" + NIP_A + "/attendance/2025?until=2025-03-31", "admin", "Admin#Test2026");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(r.body()).isEqualTo(EXPECTED_A);
        assertThat(get("/api/v1/employees/" + NIP_A + "/attendance/2025?until=2025-03-31", "attit-head-a", PASSWORD).body())
                .isEqualTo(EXPECTED_A);
        assertThat(get("/api/v1/employees/" + NIP_A + "/attendance/2025?until=2025-03-31", "attit-emp-a", PASSWORD).body())
                .isEqualTo(EXPECTED_A);
    }

    @Test
    @Order(6)
    void apiRefusesWhatTheContractRefuses() throws Exception {
        String path = "/api/v1/employees/" + NIP_A + "/attendance/2025";
        assertThat(get(path, "attit-head-b", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/employees/" + NIP_B + "/attendance/2025", "attit-emp-a", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(get(path, "attit-assessor", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(get(path, "admin", "wrong-password1").statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = get("/api/v1/employees/000000000000000000/attendance/2025", "admin", "Admin#Test2026");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(get(path + "?until=2025-13-01", "admin", "Admin#Test2026").statusCode()).isEqualTo(400);
        assertThat(get(path + "?until=2024-12-31", "admin", "Admin#Test2026").statusCode()).isEqualTo(400);
        assertThat(get(path + "?until=yesterday", "admin", "Admin#Test2026").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/attendance/2025", "attit-head-a", PASSWORD).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void defaultUntilIsTheEndOfAPastYear() {
        RecommendedAttendance t = recommendations.forYear(NIP_A, 2025, null);
        assertThat(t.totals()).isEqualTo(attendance.totals(NIP_A, 2025, null));
        assertThat(t.totals().until()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(t.totals().from()).isEqualTo(LocalDate.of(2025, 3, 3));
        // April–December without punches: every working day unexcused, so the band is the heaviest
        assertThat(t.recommendation().band()).isEqualTo(SanctionBand.PEMBERHENTIAN);
        assertThat(t.recommendation().basis()).contains("Pasal 11 ayat (2) huruf d angka 4");
    }

    @Test
    @Order(8)
    void onlyVerifiedExcusesExcuseAndOnlyForOwnStaff() {
        authenticate(Role.OPD_HEAD, OPD_B, null);
        assertThatThrownBy(() -> excuses.record(new ExcuseService.NewExcuse(NIP_A, AbsenceKind.IZIN, LocalDate.of(2025, 3, 13),
                LocalDate.of(2025, 3, 13), "bukan staf saya", null))).isInstanceOf(AccessDeniedException.class);

        authenticate(Role.OPD_HEAD, OPD_A, null);
        byte[] pdf = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII);
        long id = excuses.record(new ExcuseService.NewExcuse(NIP_A, AbsenceKind.DINAS_LUAR, LocalDate.of(2025, 3, 13),
                LocalDate.of(2025, 3, 14), "rapat di provinsi", new ExcuseService.Evidence("surat tugas.pdf", pdf)));
        assertThatThrownBy(() -> excuses.record(new ExcuseService.NewExcuse(NIP_A, AbsenceKind.IZIN, LocalDate.of(2025, 3, 17),
                LocalDate.of(2025, 3, 17), null, new ExcuseService.Evidence("x.exe", "MZ....".getBytes(StandardCharsets.US_ASCII)))))
                .hasMessage("attendance.excuse.evidenceType");
        assertThatThrownBy(() -> excuses.decide(id, true, null, 0)).isInstanceOf(AccessDeniedException.class);

        authenticate(Role.ADMIN, null, null);
        YearlyAttendance pending = attendance.totals(NIP_A, 2025, LocalDate.of(2025, 3, 31));
        assertThat(pending.unexcusedDays()).isEqualTo(5);
        excuses.decide(id, true, "surat tugas sah", 0);
        YearlyAttendance verified = attendance.totals(NIP_A, 2025, LocalDate.of(2025, 3, 31));
        assertThat(verified.excusedDays()).isEqualTo(3);
        assertThat(verified.unexcusedDays()).isEqualTo(3);
        assertThat(verified.longestUnexcusedStreak()).isEqualTo(2);
        assertThat(recommendations.forYear(NIP_A, 2025, LocalDate.of(2025, 3, 31)).recommendation().band())
                .isEqualTo(SanctionBand.TEGURAN_LISAN);
        assertThat(excuses.evidence(id).contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> excuses.decide(id, false, null, 1)).hasMessage("attendance.excuse.alreadyDecided");
        authenticate(Role.OPD_HEAD, OPD_A, null);
        assertThat(excuses.list(2025, null)).extracting(ExcuseService.ExcuseView::id).contains(id);
        authenticate(Role.OPD_HEAD, OPD_B, null);
        assertThat(excuses.list(2025, null)).extracting(ExcuseService.ExcuseView::id).doesNotContain(id);
    }

    @Test
    @Order(9)
    void totalsForAllIncludesHonoraryStaffAndMatchesTheSingleEmployeeFigures() {
        List<YearlyAttendance> all = attendance.totalsForAll(2025, LocalDate.of(2025, 3, 31));
        Map<String, YearlyAttendance> byNip = all.stream().collect(Collectors.toMap(YearlyAttendance::nip, Function.identity()));
        assertThat(byNip).containsKeys(NIP_A, NIP_B, NIP_C);
        YearlyAttendance a = byNip.get(NIP_A);
        assertThat(a).isEqualTo(attendance.totals(NIP_A, 2025, LocalDate.of(2025, 3, 31)));
        YearlyAttendance c = byNip.get(NIP_C);
        assertThat(c.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(c.presentDays()).isEqualTo(1);
        assertThat(c.employeeType()).isEqualTo(EmployeeType.NON_ASN_PHL);
    }

    @Test
    @Order(10)
    void rejectedRowsAreCappedButCounted() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            sb.append("555\t2025-04-01 07:00:00\n");
        }
        ImportOutcome o = run("attlog", sb.toString(), Map.of("device_sn", DEVICE));
        assertThat(o.rejected()).hasSize(1000);
        assertThat(o.rows()).isEqualTo(1500);
        assertThat(o.rejected()).extracting(RowProblem::line).startsWith(1L, 2L, 3L);
        RowProblem note = o.rejected().get(999);
        assertThat(note.messageKey()).isEqualTo("attendance.import.moreRejected");
        assertThat(note.line()).isEqualTo(1000);
        assertThat(note.args()).containsExactly(501L, 1500L);
    }

    // An OPD's own working hours (date-ranged) also cover its sub-units, and win over the default for those dates.
    @Test
    @Order(11)
    void opdScheduleVariantCoversSubUnits() {
        YearlyAttendance before = attendance.totals(NIP_A, 2025, LocalDate.of(2025, 3, 31));
        WeekSchedule longDays = WeekSchedule.fiveDays(LocalTime.of(7, 0), LocalTime.of(17, 0), LocalTime.of(17, 0));
        long id = calendar.addSchedule(new CalendarService.ScheduleData("Jam panjang uji", OPD_A, LocalDate.of(2025, 3, 24),
                LocalDate.of(2025, 3, 27), longDays.hours(), 0));
        assertThat(calendar.schedules()).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.hours().get(DayOfWeek.MONDAY)).isEqualTo(new WeekSchedule.DayHours(LocalTime.of(7, 0), LocalTime.of(17, 0)));
        });
        YearlyAttendance after = attendance.totals(NIP_A, 2025, LocalDate.of(2025, 3, 31));
        // 24–27 March: check-out 16:30 against 17:00 = 30 minutes early on each of 4 days
        assertThat(after.earlyLeaveMinutes()).isEqualTo(before.earlyLeaveMinutes() + 120);
        assertThat(after.lateMinutes()).isEqualTo(before.lateMinutes());
        calendar.deleteSchedule(id);
        assertThat(attendance.totals(NIP_A, 2025, LocalDate.of(2025, 3, 31))).isEqualTo(before);
        // the seeded schedule for all OPDs is the one in force (not a built-in fallback)
        assertThat(calendar.schedules()).filteredOn(s -> s.opdId() == null && s.validFrom() == null).hasSize(1);
    }

    /** A browser session: form login with the CSRF token of the login page, then cookie-carrying GETs. */
    HttpClient browser(String user, String password) throws Exception {
        HttpClient b = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String login = b.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(m.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + user + "&password=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + m.group(1);
        HttpResponse<String> r = b.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).get().asString().doesNotContain("error");
        return b;
    }

    HttpResponse<String> page(HttpClient b, String path) throws Exception {
        return b.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    // The pages render against the real services and data (templates read the real records).
    @Test
    @Order(12)
    void pagesRenderForTheirRoles() throws Exception {
        HttpClient admin = browser("admin", "Admin#Test2026");
        HttpResponse<String> year = page(admin, "/attendance/employees/" + NIP_A + "/2025");
        assertThat(year.statusCode()).isEqualTo(200);
        assertThat(year.body()).contains("class=\"att-heatmap\"", "hm hm-unexcused", "hm hm-excused", "hm hm-late", "hm hm-uncounted",
                "hx-get=\"/discipline/recommendations/" + NIP_A + "/2025?until=2025-12-31\"");
        // the recommendation the attendance page loads from discipline
        HttpResponse<String> card = page(admin, "/discipline/recommendations/" + NIP_A + "/2025?until=2025-12-31");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("PP 94/2021 Pasal 11 ayat (2) huruf d angka 4");
        HttpResponse<String> recap = page(admin, "/attendance?opd=" + OPD_A + "&month=2025-03");
        assertThat(recap.statusCode()).isEqualTo(200);
        assertThat(recap.body()).contains("Andi Hadir", "Citra Honorer");
        assertThat(page(admin, "/attendance/recap.xlsx?opd=" + OPD_A + "&month=2025-03").statusCode()).isEqualTo(200);
        HttpResponse<String> rec = page(admin, "/discipline/recommendations?year=2025");
        assertThat(rec.statusCode()).isEqualTo(200);
        assertThat(rec.body()).contains("Andi Hadir");
        HttpResponse<String> old = page(admin, "/attendance/recommendations?year=2025");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).get().asString().endsWith("/discipline/recommendations?year=2025");
        HttpResponse<String> schedules = page(admin, "/attendance/schedules");
        assertThat(schedules.statusCode()).isEqualTo(200);
        assertThat(schedules.body()).contains("Jam kerja standar", "<td>Semua OPD</td>", "07.30–16.00", "DEFAULT");
        HttpResponse<String> holidays = page(admin, "/attendance/holidays?year=2025");
        assertThat(holidays.statusCode()).isEqualTo(200);
        assertThat(holidays.body()).contains("Cuti Bersama Hari Suci Nyepi");
        HttpResponse<String> excusesPage = page(admin, "/attendance/excuses?year=2025");
        assertThat(excusesPage.statusCode()).isEqualTo(200);
        assertThat(excusesPage.body()).contains("surat tugas.pdf", "Diverifikasi");

        HttpClient headB = browser("attit-head-b", PASSWORD);
        assertThat(page(headB, "/attendance/employees/" + NIP_A + "/2025").statusCode()).isEqualTo(403);
        assertThat(page(headB, "/attendance?opd=" + OPD_A + "&month=2025-03").statusCode()).isEqualTo(403);
        HttpResponse<String> own = page(headB, "/attendance");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Badan Uji Lain").doesNotContain("Dinas Uji Kehadiran");
    }

    @Test
    @Order(13)
    void whoeverRecordsAnExcuseDoesNotVerifyIt() {
        authenticate(Role.OFFICER, null, null);
        long id = excuses.record(new ExcuseService.NewExcuse(NIP_A, AbsenceKind.CUTI, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 2),
                "cuti tahunan", null));
        assertThatThrownBy(() -> excuses.decide(id, true, null, 0)).hasMessage("attendance.excuse.selfDecision");
        authenticate(Role.ADMIN, null, null);
        excuses.decide(id, true, null, 0);
        authenticate(Role.OPD_HEAD, OPD_A, NIP_A);
        assertThatThrownBy(() -> excuses.record(new ExcuseService.NewExcuse(NIP_A, AbsenceKind.IZIN, LocalDate.of(2025, 6, 3),
                LocalDate.of(2025, 6, 3), null, null))).hasMessage("attendance.excuse.ownRecord");
        SecurityContextHolder.clearContext();
    }

    @Test
    @Order(14)
    void theRecommendationCitesTheSedangRegimeOfDisciplinesSetting() {
        // the first day on which A's count reaches a sedang band (April has no punches of A)
        LocalDate until = LocalDate.of(2025, 4, 1);
        while (recommendations.forYear(NIP_A, 2025, until).recommendation().level() != SanctionLevel.SEDANG) {
            until = until.plusDays(1);
            assertThat(until).isBefore(LocalDate.of(2025, 6, 1));
        }
        assertThat(recommendations.forYear(NIP_A, 2025, until).recommendation().basis()).contains("Pasal 42");
        try {
            disciplineRules.add(SedangRegime.PP94_TUKIN, DayCounting.CALENDAR, false, null, LocalDate.of(2025, 1, 1), "uji");
            assertThat(recommendations.forYear(NIP_A, 2025, until).recommendation().basis()).doesNotContain("Pasal 42");
            assertThat(recommendations.forAll(2025, until)).filteredOn(y -> y.totals().nip().equals(NIP_A)).singleElement()
                    .satisfies(y -> assertThat(y.recommendation().basis()).doesNotContain("Pasal 42"));
        } finally {
            jdbc.update("DELETE FROM discipline.rule_set WHERE effective_from = '2025-01-01'");
        }
    }

    // interchange.md §3 for a non-ASN (honorary) employee: the same fields, band and level NONE, and a basis naming the
    // regent's regulation instead of PP 94/2021 (rules-defaults.md), however many days are unexcused.
    @Test
    @Order(15)
    void apiGivesHonoraryStaffNoPp94Recommendation() throws Exception {
        HttpResponse<String> r = get("/api/v1/employees/" + NIP_C + "/attendance/2025?until=2025-12-31", "admin", "Admin#Test2026");
        assertThat(r.statusCode()).isEqualTo(200);
        YearlyAttendance c = attendance.totals(NIP_C, 2025, LocalDate.of(2025, 12, 31));
        assertThat(c.unexcusedDays()).isGreaterThan(10);   // a PNS would get a sedang punishment for this (11+ covered days)
        assertThat(r.body()).isEqualTo("{\"nip\":\"" + NIP_C + "\",\"year\":2025,\"from\":\"2025-01-01\",\"until\":\"2025-12-31\","
                + "\"workingDays\":" + c.workingDays() + ",\"presentDays\":" + c.presentDays() + ",\"excusedDays\":" + c.excusedDays()
                + ",\"unexcusedDays\":" + c.unexcusedDays() + ",\"noDataDays\":" + c.noDataDays() + ",\"longestUnexcusedStreak\":" + c.longestUnexcusedStreak()
                + ",\"lateMinutes\":" + c.lateMinutes() + ",\"earlyLeaveMinutes\":" + c.earlyLeaveMinutes()
                + ",\"missingCheckInDays\":" + c.missingCheckInDays() + ",\"missingCheckOutDays\":" + c.missingCheckOutDays()
                + ",\"recommendation\":{\"band\":\"NONE\",\"level\":\"NONE\",\"basis\":\"" + DisciplineRuleSet.DEFAULT_HONORARY_BASIS + "\"}}");
        assertThat(r.body()).doesNotContain("PP 94/2021 Pasal");
        // the BKPSDM batch gives the same
        HttpResponse<String> all = get("/api/v1/attendance/2025?until=2025-12-31", "admin", "Admin#Test2026");
        assertThat(all.body()).contains("\"nip\":\"" + NIP_C + "\"");
    }

    // A registry move reaches the cached recommendations as an event (EmployeeMoved), not after a cache expiry: B (a
    // PNS with unexcused covered days in March 2025) is on BKPSDM's list until the registry makes him non-ASN.
    @Test
    @Order(16)
    void registryMovesReachTheRecommendationsAtOnce() {
        EmployeeData b = new EmployeeData(NIP_B, "Budi Lain", Gender.F, LocalDate.of(1990, 7, 1), EmployeeType.PNS, OPD_B, "III/b",
                "Kepala Seksi", PositionKind.PENGAWAS, null, null, null, null);
        assertThat(reviews.recommendations(2025, ReviewService.Sort.NAME, false)).extracting(x -> x.rec().totals().nip()).contains(NIP_B);
        long version = jdbc.queryForObject("SELECT version FROM discipline.registry_version", Long.class);
        try {
            employees.upsert(new EmployeeData(NIP_B, "Budi Lain", Gender.F, LocalDate.of(1990, 7, 1), EmployeeType.NON_ASN_PHT, OPD_B, null,
                    "Staf", PositionKind.PELAKSANA, null, null, null, null));
            assertThat(jdbc.queryForObject("SELECT version FROM discipline.registry_version", Long.class)).isGreaterThan(version);
            assertThat(reviews.recommendations(2025, ReviewService.Sort.NAME, false)).extracting(x -> x.rec().totals().nip())
                    .doesNotContain(NIP_B);
        } finally {
            employees.upsert(b);
        }
        assertThat(reviews.recommendations(2025, ReviewService.Sort.NAME, false)).extracting(x -> x.rec().totals().nip()).contains(NIP_B);
    }

    // rules-defaults.md "No data is not absence": B's unit and device have no punch at all in 2024.
    @Test
    @Order(17)
    void aYearWithoutAttendanceDataRecommendsNothing() throws Exception {
        YearlyAttendance b = attendance.totals(NIP_B, 2024, null);
        assertThat(b.workingDays()).isPositive();
        assertThat(b.noDataDays()).isEqualTo(b.workingDays());
        assertThat(List.of(b.presentDays(), b.excusedDays(), b.unexcusedDays(), b.longestUnexcusedStreak())).containsOnly(0);
        assertThat(b.noAttendanceData()).isTrue();
        RecommendedAttendance rec = recommendations.forYear(NIP_B, 2024, null);
        assertThat(rec.recommendation().band()).isEqualTo(SanctionBand.NONE);
        assertThat(rec.recommendation().basis()).contains("Tidak ada data kehadiran");
        assertThat(reviews.reliefCandidates(2024)).extracting(x -> x.totals().nip()).doesNotContain(NIP_B);
        assertThat(recommendations.forAll(2024, null)).filteredOn(y -> y.totals().nip().startsWith("ATTIT")
                        || y.totals().nip().equals(NIP_A) || y.totals().nip().equals(NIP_B))
                .isNotEmpty().allSatisfy(y -> {
                    assertThat(y.recommendation().band()).isEqualTo(SanctionBand.NONE);
                    assertThat(y.totals().unexcusedDays()).isZero();
                });

        // in 2025 B's days are covered only where B's device had punches (A's attlog): 3–7, 18–21 and 24–27 March
        YearlyAttendance b2025 = attendance.totals(NIP_B, 2025, LocalDate.of(2025, 3, 31));
        assertThat(b2025.presentDays()).isEqualTo(1);
        assertThat(b2025.unexcusedDays()).isEqualTo(12);
        assertThat(b2025.longestUnexcusedStreak()).isEqualTo(8);
        assertThat(b2025.noDataDays()).isEqualTo(b2025.workingDays() - 13);
        assertThat(attendance.totalsForAll(2025, LocalDate.of(2025, 3, 31))).filteredOn(y -> y.nip().equals(NIP_B)).singleElement()
                .isEqualTo(b2025);

        HttpResponse<String> api = get("/api/v1/employees/" + NIP_B + "/attendance/2024", "admin", "Admin#Test2026");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"workingDays\":" + b.workingDays() + ",\"presentDays\":0,\"excusedDays\":0,\"unexcusedDays\":0,"
                + "\"noDataDays\":" + b.workingDays() + ",\"longestUnexcusedStreak\":0,", "\"band\":\"NONE\",\"level\":\"NONE\"");

        HttpClient admin = browser("admin", "Admin#Test2026");
        HttpResponse<String> year = page(admin, "/attendance/employees/" + NIP_B + "/2024");
        assertThat(year.statusCode()).isEqualTo(200);
        assertThat(year.body()).contains("Tidak ada data kehadiran untuk periode ini", "hm hm-nodata")
                .doesNotContain("hm hm-unexcused\" title", "/discipline/cases/new");
    }

    // BKPSDM's outages: a device outage uncovers the days for the staff mapped to it, a unit outage for the unit's own
    // staff (not a parent's outage); present days stay present. Audited; BKPSDM only.
    @Test
    @Order(18)
    void outagesTurnCoveredDaysIntoNoData() throws Exception {
        LocalDate until = LocalDate.of(2025, 3, 31);
        YearlyAttendance before = attendance.totals(NIP_A, 2025, until);
        // after the verified excuse of 13–14 March: unexcused 10, 11, 17
        assertThat(before.unexcusedDays()).isEqualTo(3);
        assertThat(before.noDataDays()).isZero();
        long device = outages.add(new OutageService.OutageData(DEVICE, null, LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 11),
                "Mesin rusak, diganti teknisi"));
        YearlyAttendance afterDevice = attendance.totals(NIP_A, 2025, until);
        assertThat(afterDevice.unexcusedDays()).isEqualTo(1);
        assertThat(afterDevice.noDataDays()).isEqualTo(2);
        assertThat(afterDevice.presentDays()).isEqualTo(before.presentDays());
        long parent = outages.add(new OutageService.OutageData(null, OPD_A, LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 17),
                "Listrik padam di kantor induk"));
        assertThat(attendance.totals(NIP_A, 2025, until).unexcusedDays()).isEqualTo(1);
        long unit = outages.add(new OutageService.OutageData(null, OPD_A_SUB, LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 17),
                "Listrik padam di UPT"));
        YearlyAttendance afterUnit = attendance.totals(NIP_A, 2025, until);
        assertThat(afterUnit.unexcusedDays()).isZero();
        assertThat(afterUnit.noDataDays()).isEqualTo(3);
        assertThat(afterUnit.presentDays() + afterUnit.excusedDays() + afterUnit.unexcusedDays() + afterUnit.noDataDays())
                .isEqualTo(afterUnit.workingDays());
        assertThat(attendance.totalsForAll(2025, until)).filteredOn(y -> y.nip().equals(NIP_A)).singleElement().isEqualTo(afterUnit);
        assertThat(outages.outages(2025)).extracting(OutageService.Outage::id).contains(device, parent, unit);

        HttpClient admin = browser("admin", "Admin#Test2026");
        HttpResponse<String> list = page(admin, "/attendance/outages?year=2025");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Mesin rusak, diganti teknisi", "UPT Uji Kehadiran", DEVICE);
        assertThat(page(browser("attit-head-a", PASSWORD), "/attendance/outages").statusCode()).isEqualTo(403);

        assertThatThrownBy(() -> outages.add(new OutageService.OutageData(DEVICE, OPD_A, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1),
                "dua-duanya"))).hasMessage("attendance.outage.deviceOrOpd");
        assertThatThrownBy(() -> outages.add(new OutageService.OutageData(DEVICE, null, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1),
                "terbalik"))).hasMessage("attendance.outage.endBeforeStart");
        authenticate(Role.OPD_HEAD, OPD_A, null);
        assertThatThrownBy(() -> outages.add(new OutageService.OutageData(DEVICE, null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1),
                "bukan BKPSDM"))).isInstanceOf(AccessDeniedException.class);
        authenticate(Role.ADMIN, null, null);

        for (long id : List.of(device, parent, unit)) {
            outages.delete(id);
        }
        assertThat(attendance.totals(NIP_A, 2025, until)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'ATTENDANCE_OUTAGE' AND entity_key IN (?, ?, ?)",
                Long.class, String.valueOf(device), String.valueOf(parent), String.valueOf(unit))).isEqualTo(6L);
    }
}
