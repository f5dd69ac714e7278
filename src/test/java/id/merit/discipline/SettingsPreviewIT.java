package id.merit.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.dataimport.ImportHandler;
import id.merit.dataimport.ImportRequest;
import id.merit.discipline.domain.DisciplineRuleSet;
import id.merit.discipline.domain.RuleSetService;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.NewUser;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.UiSession;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 13 item 2 on real PostgreSQL: the discipline settings' preview counts whose absence recommendation a proposed
 * version moves, and stores nothing. Year 2023 (PP 94/2021 regime), which no other test gives attendance data, so the
 * counts are exactly this test's staff: in February a colleague punched every weekday (covered days); the others are
 * absent on some of them and 30–35 minutes late on others.
 * <ul>
 *   <li>Ani: 2 unexcused days + 15 × 30 = 450 late minutes: 2 days → NONE, with the 7.5 h conversion 3 → teguran lisan;</li>
 *   <li>Cahya: 6 + 14 × 35 = 490 minutes: 6 → teguran tertulis, converted 7 → pernyataan tidak puas;</li>
 *   <li>Bayu: 3 unexcused, never late: teguran lisan either way;</li>
 *   <li>Dewi (non-ASN): 2 + 450 minutes: no PP 94/2021 recommendation either way;</li>
 *   <li>Eka: 11 unexcused: sedang (6 months), whose punishment only the sedang regime changes.</li>
 * </ul>
 */
@MeritIntegrationTest
class SettingsPreviewIT {
    private static final String PASSWORD = "Admin#Disiplin2026";
    private static final int YEAR = 2023;

    @LocalServerPort
    int port;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    RuleSetService rules;
    @Autowired
    List<ImportHandler> importHandlers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    id.merit.discipline.AbsenceRecommendations recommendations;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thePreviewCountsWhoMovesAndStoresNothing() {
        long n = System.nanoTime() % 100_000;
        String suffix = String.valueOf(n);
        String opd = "SPV" + suffix;
        String admin = "admin-spv" + suffix;
        actAs(new CurrentUser("officer-it", Role.OFFICER, null, null));
        opds.upsert(new OpdCommands.OpdData(opd, "Dinas Pratinjau " + suffix, OpdKind.DINAS, null, null, null, null));
        LocalDate born = LocalDate.of(1972, 1, 1).plusDays(n % 9000);
        int seq = (int) (n % 990) + 1;
        String ani = employee(Nip.compose(born, YearMonth.of(2002, 1), 'F', seq), "Ani Pratinjau " + suffix, EmployeeType.PNS, opd, born);
        String bayu = employee(Nip.compose(born, YearMonth.of(2002, 2), 'F', seq), "Bayu Pratinjau " + suffix, EmployeeType.PNS, opd, born);
        String cahya = employee(Nip.compose(born, YearMonth.of(2002, 3), 'F', seq), "Cahya Pratinjau " + suffix, EmployeeType.PNS, opd, born);
        String dewi = employee("SPV-DEWI-" + suffix, "Dewi Pratinjau " + suffix, EmployeeType.NON_ASN_PHL, opd, born);
        String eka = employee(Nip.compose(born, YearMonth.of(2002, 4), 'F', seq), "Eka Pratinjau " + suffix, EmployeeType.PNS, opd, born);
        String rekan = employee("SPV-REKAN-" + suffix, "Rekan Pratinjau " + suffix, EmployeeType.NON_ASN_PHL, opd, born);
        users.createUnchecked(new NewUser(admin, PASSWORD, Role.ADMIN, null, null, "Admin " + suffix), false);

        List<LocalDate> feb = new ArrayList<>(); // the 20 weekdays of February 2023
        for (LocalDate d = LocalDate.of(YEAR, 2, 1); d.getMonthValue() == 2; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                feb.add(d);
            }
        }
        assertThat(feb).hasSize(20);
        StringBuilder csv = new StringBuilder("nip,timestamp,device_sn\n");
        for (int i = 0; i < 20; i++) {
            LocalDate d = feb.get(i);
            punch(csv, rekan, d, "07:00");
            // Ani and Dewi: absent on days 0 and 2, 30 minutes late on days 1 and 3–16 (15 × 30 = 450 minutes), on time on the rest
            for (String late : new String[] {ani, dewi}) {
                if (i != 0 && i != 2) {
                    punch(csv, late, d, i <= 16 ? "08:00" : "07:00");
                }
            }
            // Cahya: absent on days 0, 2, 4, 6, 8, 10; 35 minutes late on the other 14 (490 minutes)
            if (!(i % 2 == 0 && i <= 10)) {
                punch(csv, cahya, d, "08:05");
            }
            // Bayu: absent on days 1, 3, 5; on time otherwise
            if (i != 1 && i != 3 && i != 5) {
                punch(csv, bayu, d, "07:00");
            }
            // Eka: absent on the 10 even days and on day 19 (11 days, longest run 2); on time otherwise
            if (i % 2 == 1 && i != 19) {
                punch(csv, eka, d, "07:00");
            }
        }
        importPunches(csv.toString());
        SecurityContextHolder.clearContext();

        DisciplineRuleSet current = rules.on(LocalDate.of(YEAR, 12, 31));
        long versions = versions();
        UiSession session = new UiSession(port);
        assertThat(session.login(admin, PASSWORD)).doesNotContain("error");

        // 1. the 7.5 h lateness conversion switched: Ani and Cahya move, nobody else
        HttpResponse<String> conversion = session.post("/discipline/settings/preview", form(current.regime(), !current.convertLatenessPp94()));
        assertThat(conversion.statusCode()).isEqualTo(200);
        String body = conversion.body();
        assertThat(number(body, "data-moved")).isEqualTo(2);
        // everyone of the year with attendance data: these six, plus any other test's staff with 2023 punches
        long measured = recommendations.forAllCached(YEAR).stream().filter(r -> !r.totals().noAttendanceData()).count();
        assertThat(measured).isGreaterThanOrEqualTo(6);
        assertThat(number(body, "data-measured")).isEqualTo(measured);
        boolean on = !current.convertLatenessPp94();
        assertThat(body).contains(move(on ? "NONE" : "TEGURAN_LISAN", on ? "TEGURAN_LISAN" : "NONE", 1))
                .contains(move(on ? "TEGURAN_TERTULIS" : "PERNYATAAN_TIDAK_PUAS", on ? "PERNYATAAN_TIDAK_PUAS" : "TEGURAN_TERTULIS", 1))
                .contains("data-nip=\"" + ani + "\"", "data-nip=\"" + cahya + "\"", "href=\"/discipline/recommendations/" + ani + "/" + YEAR + "\"")
                .doesNotContain("data-nip=\"" + bayu + "\"", "data-nip=\"" + dewi + "\"", "data-nip=\"" + eka + "\"")
                .contains("id=\"discipline-settings-diff\"", "table-warning");

        // 2. the sedang regime switched: only Eka's punishment changes (same band, another kind)
        var otherRegime = current.regime() == SedangRegime.PP53_TRANSITIONAL ? SedangRegime.PP94_TUKIN : SedangRegime.PP53_TRANSITIONAL;
        String regime = session.post("/discipline/settings/preview", form(otherRegime, current.convertLatenessPp94())).body();
        assertThat(number(regime, "data-moved")).isEqualTo(1);
        assertThat(regime).contains(move("SEDANG_6_BULAN", "SEDANG_6_BULAN", 1), "data-nip=\"" + eka + "\"")
                .containsAnyOf("Pemotongan tunjangan kinerja 25% selama 6 bulan", "Penundaan kenaikan gaji berkala selama 1 tahun");

        // 3. the settings as they are: nobody moves
        assertThat(number(session.post("/discipline/settings/preview", form(current.regime(), current.convertLatenessPp94())).body(),
                "data-moved")).isZero();

        // nothing stored by any preview
        assertThat(versions()).isEqualTo(versions);
        // an invalid draft answers 422 with the page
        assertThat(session.post("/discipline/settings/preview", "regime=" + current.regime()).statusCode()).isEqualTo(422);
    }

    private static String form(SedangRegime regime, boolean convert) {
        return "regime=" + regime + "&counting=CALENDAR" + (convert ? "&convertLatenessPp94=true" : "") + "&effectiveFrom=" + YEAR + "-06-01";
    }

    private static String move(String from, String to, long count) {
        return "data-from=\"" + from + "\" data-to=\"" + to + "\" data-count=\"" + count + "\"";
    }

    private static long number(String body, String attribute) {
        Matcher m = Pattern.compile(attribute + "=\"(\\d+)\"").matcher(body);
        assertThat(m.find()).as(attribute).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long versions() {
        Long c = jdbc.queryForObject("SELECT count(*) FROM discipline.rule_set", Long.class);
        return c == null ? 0 : c;
    }

    private String employee(String nip, String name, EmployeeType type, String opd, LocalDate born) {
        employees.upsert(new EmployeeData(nip, name, Gender.F, born, type, opd, type == EmployeeType.PNS ? "III/a" : null,
                "Pengadministrasi Umum", PositionKind.PELAKSANA, null, null, null, null));
        return nip;
    }

    private static void punch(StringBuilder csv, String nip, LocalDate day, String time) {
        csv.append(nip).append(',').append(day).append(' ').append(time).append(":00,\n");
    }

    private void importPunches(String csv) {
        ImportHandler h = importHandlers.stream().filter(x -> x.kind().equals("attendance")).findFirst().orElseThrow();
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        h.run(new ImportRequest("attendance", "pratinjau.csv", () -> new ByteArrayInputStream(bytes), Map.of(), false));
    }

    private static void actAs(CurrentUser user) {
        MeritUserDetails principal = new MeritUserDetails(user, "x", true, false, user.username());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}
