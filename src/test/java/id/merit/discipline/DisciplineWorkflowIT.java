package id.merit.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.discipline.domain.AuthorityProblem;
import id.merit.discipline.domain.CaseCommands;
import id.merit.discipline.domain.CaseService;
import id.merit.discipline.domain.CaseSource;
import id.merit.discipline.domain.CaseViews;
import id.merit.discipline.domain.CaseWorkflow;
import id.merit.discipline.domain.CircularViews;
import id.merit.discipline.domain.FindingKind;
import id.merit.discipline.domain.LetterKind;
import id.merit.discipline.domain.LetterService;
import id.merit.profile.InstanceProfile;
import id.merit.discipline.domain.StatsService;
import id.merit.discipline.rules.Authority;
import id.merit.discipline.rules.CaseStage;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.discipline.rules.Relation;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.identity.NewUser;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.dataimport.ImportHandler;
import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.RowProblem;
import id.merit.support.MeritIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The discipline module on the whole application and real PostgreSQL: a case from opening to the punishment record,
 * the authority refusal, the atomic and idempotent punishments import, the OPD scope, circular acknowledgements and a
 * field-inspection finding opening a case. Data are unique per run
 * (the database is shared with the other integration tests).
 */
@MeritIntegrationTest
class DisciplineWorkflowIT {
    private static final String PASSWORD = "Kepala#Opd2026";

    @LocalServerPort
    int port;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    CaseService cases;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    PunishmentQueries punishments;
    @Autowired
    LetterService letters;
    @Autowired
    id.merit.profile.domain.ProfileService profiles;
    @Autowired
    id.merit.audit.AuditLog audit;
    @Autowired
    StatsService stats;
    @Autowired
    List<ImportHandler> importHandlers;
    @Autowired
    id.merit.discipline.domain.CircularService circulars;
    @Autowired
    id.merit.discipline.domain.InspectionService inspections;

    String suffix;
    String opd;
    String otherOpd;
    String pelaksana;
    String jf;

    @BeforeEach
    void setUp() {
        long n = System.nanoTime() % 100_000;
        suffix = String.valueOf(n);
        opd = "DSC" + suffix;
        otherOpd = "DSX" + suffix;
        actAs(new CurrentUser("officer-it", Role.OFFICER, null, null));
        opds.upsert(new OpdCommands.OpdData(opd, "Dinas Disiplin " + suffix, OpdKind.DINAS, null, null, null, null));
        opds.upsert(new OpdCommands.OpdData(opd + "-UPT", "UPT Disiplin " + suffix, OpdKind.UPT, opd, null, null, null));
        opds.upsert(new OpdCommands.OpdData(otherOpd, "Dinas Lain " + suffix, OpdKind.DINAS, null, null, null, null));
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(n % 9000);
        pelaksana = Nip.compose(born, YearMonth.of(2000, 1), 'M', (int) (n % 998) + 1);
        jf = Nip.compose(born, YearMonth.of(2000, 2), 'F', (int) (n % 998) + 1);
        employees.upsert(new EmployeeData(pelaksana, "Budi " + suffix, Gender.M, born, EmployeeType.PNS, opd + "-UPT", "III/a",
                "Pengadministrasi Umum", PositionKind.PELAKSANA, null, null, null, null));
        employees.upsert(new EmployeeData(jf, "Ani " + suffix, Gender.F, born, EmployeeType.PNS, opd, "III/b",
                "Pranata Komputer Ahli Pertama", PositionKind.FUNGSIONAL, PositionLevel.AHLI_PERTAMA, null, null, null));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCaseFromAttendanceCannotClaimAHeavierBandThanTheRecord() {
        // Ani starts her first position on the last day of 2025: one unexcused working day, so no sanction
        employees.upsertPosition(jf, new id.merit.employee.PositionRecord("Pranata Komputer Ahli Pertama", PositionKind.FUNGSIONAL,
                PositionLevel.AHLI_PERTAMA, opd, LocalDate.of(2025, 12, 31), null));
        assertThatThrownBy(() -> workflow.open(new CaseCommands.Open(jf, CaseSource.ATTENDANCE, 2025, "PEMBERHENTIAN", "dikarang", null,
                "Tidak masuk kerja", List.of("Tidak masuk kerja"), null, LocalDate.of(2026, 1, 5))))
                .isInstanceOf(BusinessProblem.class).hasMessage("discipline.case.error.attendanceBasis");
        assertThatThrownBy(() -> workflow.open(new CaseCommands.Open(jf, CaseSource.ATTENDANCE, 2025, "NONE", null, null,
                "Tidak masuk kerja", List.of("Tidak masuk kerja"), null, LocalDate.of(2026, 1, 5))))
                .isInstanceOf(BusinessProblem.class).hasMessage("discipline.case.error.attendanceBasis");
    }

    // PP 94/2021 Pasal 40 ayat (3): a case examined on or after 31 August 2021 reads the absences with PP 94/2021, even
    // absences of 2020. Budi's first position starts Monday 28 December 2020: 3–4 unexcused working days, teguran lisan
    // (3) or tertulis (4) under PP 94/2021, nothing under PP 53/2010 (fewer than 5). Opened (hence examined) from
    // 31 August 2021 the teguran lisan claim stands; opened the day before, PP 53/2010 reads no punishment.
    @Test
    void aCaseReadsOldAbsencesWithTheRegimeOfItsExamination() {
        employees.upsertPosition(pelaksana, new id.merit.employee.PositionRecord("Pengadministrasi Umum", PositionKind.PELAKSANA, null,
                opd + "-UPT", LocalDate.of(2020, 12, 28), null));
        // a colleague in Budi's unit punched those days, so Budi's days without a punch are unexcused (not no-data)
        String colleague = "DSC-REKAN20-" + suffix;
        employees.upsert(new EmployeeData(colleague, "Rekan " + suffix, Gender.M, LocalDate.of(1990, 1, 1), EmployeeType.NON_ASN_PHL,
                opd + "-UPT", null, "Pramu Kantor", PositionKind.PELAKSANA, null, null, null, null));
        id.merit.support.AttendanceCover.punchEveryWeekday(importHandlers, colleague, LocalDate.of(2020, 12, 28), LocalDate.of(2020, 12, 31));
        assertThatThrownBy(() -> workflow.open(new CaseCommands.Open(pelaksana, CaseSource.ATTENDANCE, 2020, "TEGURAN_LISAN", null, null,
                "Tidak masuk kerja", List.of("Tidak masuk kerja"), null, LocalDate.of(2021, 8, 30))))
                .isInstanceOf(BusinessProblem.class).hasMessage("discipline.case.error.attendanceBasis");
        long id = workflow.open(new CaseCommands.Open(pelaksana, CaseSource.ATTENDANCE, 2020, "TEGURAN_LISAN", null, null,
                "Tidak masuk kerja", List.of("Tidak masuk kerja"), null, LocalDate.of(2021, 8, 31)));
        assertThat(cases.get(id).attendanceBand()).isEqualTo("TEGURAN_LISAN");
    }

    // PP 94/2021 binds PNS, CPNS (Pasal 43) and PPPK; honorary (non-ASN) staff get no discipline case, from any source.
    @Test
    void honoraryStaffGetNoDisciplineCase() {
        String honorary = "DSC-PHL-" + suffix;
        employees.upsert(new EmployeeData(honorary, "Honor " + suffix, Gender.F, LocalDate.of(1995, 1, 1), EmployeeType.NON_ASN_PHL, opd,
                null, "Pramu Kantor", PositionKind.PELAKSANA, null, null, null, null));
        for (CaseSource source : List.of(CaseSource.MANUAL, CaseSource.ATTENDANCE)) {
            assertThatThrownBy(() -> workflow.open(new CaseCommands.Open(honorary, source, 2025, "TEGURAN_LISAN", null, null,
                    "Tidak masuk kerja", List.of("Tidak masuk kerja"), null, LocalDate.of(2026, 1, 5))))
                    .isInstanceOf(BusinessProblem.class).hasMessage("discipline.case.error.nonAsn");
        }
    }

    @Test
    void aCaseGoesFromOpeningToADeliveredDecisionAndStoresThePunishment() {
        // a colleague in Budi's unit punched every weekday of 2025, so Budi's days without a punch are unexcused
        String colleague = "DSC-REKAN-" + suffix;
        employees.upsert(new EmployeeData(colleague, "Rekan " + suffix, Gender.M, LocalDate.of(1990, 1, 1), EmployeeType.NON_ASN_PHL,
                opd + "-UPT", null, "Pramu Kantor", PositionKind.PELAKSANA, null, null, null, null));
        id.merit.support.AttendanceCover.punchEveryWeekday(importHandlers, colleague, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        long id = workflow.open(new CaseCommands.Open(pelaksana, CaseSource.ATTENDANCE, 2025, "TEGURAN_TERTULIS",
                "PP 94/2021 Pasal 9 ayat (2) huruf b angka 2", null, "Tidak masuk kerja 5 hari tanpa alasan yang sah",
                List.of("Tidak masuk kerja 5 hari tanpa alasan yang sah", "Tidak mengikuti apel pagi"), null, LocalDate.of(2025, 3, 3)));
        CaseViews.Detail opened = cases.get(id);
        assertThat(opened.number()).isEqualTo("KD-2025-" + String.format("%05d", id));
        assertThat(opened.expectedLevel()).isEqualTo(PunishmentLevel.RINGAN);
        assertThat(opened.violations()).extracting(CaseViews.ViolationView::sanctionKind)
                .containsExactly(PunishmentKind.TEGURAN_TERTULIS, null);

        // letter Monday 3 March, exam Wednesday 12 March = the 7th working day: on time
        assertThat(workflow.summon(id, opened.version(), new CaseCommands.Summons("800/1/SP/2025", LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 12), "Ruang rapat", "Siti Aminah", null, "Kepala Sub Bagian Umum"))).isEmpty();
        // a BAP dated the day before the scheduled examination (11 March) is refused: the record cannot precede it
        assertThatThrownBy(() -> workflow.examine(id, cases.get(id).version(), new CaseCommands.Examination(LocalDate.of(2025, 3, 11),
                "Mengakui", "Siti Aminah", false, null, null, null, null, List.of())))
                .isInstanceOf(BusinessProblem.class).hasMessage("discipline.exam.error.beforeExam");
        workflow.examine(id, cases.get(id).version(), new CaseCommands.Examination(LocalDate.of(2025, 3, 12), "Mengakui", "Siti Aminah",
                false, null, null, null, null, List.of()));
        CaseViews.Detail examined = cases.get(id);
        PunishmentKind heaviest = workflow.decide(id, examined.version(), new CaseCommands.Decision("800/1/HD/2025", LocalDate.of(2025, 3, 14),
                DecidingOfficial.PENGAWAS, Relation.ONE_LEVEL_BELOW, "Siti Aminah", null, "Kepala Sub Bagian Umum", List.of(
                new CaseCommands.ViolationSanction(examined.violations().get(0).id(), PunishmentKind.TEGURAN_TERTULIS, null),
                new CaseCommands.ViolationSanction(examined.violations().get(1).id(), PunishmentKind.TEGURAN_LISAN, null)))).kind();

        // PP 94/2021 Ps 35(1): one punishment, the heaviest
        assertThat(heaviest).isEqualTo(PunishmentKind.TEGURAN_TERTULIS);
        assertThat(punishments.forEmployee(pelaksana)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PunishmentKind.TEGURAN_TERTULIS);
            assertThat(p.level()).isEqualTo(PunishmentLevel.RINGAN);
            assertThat(p.source()).isEqualTo(PunishmentSource.DECISION);
            assertThat(p.decisionDate()).isEqualTo(LocalDate.of(2025, 3, 14));
            assertThat(p.decisionNumber()).isEqualTo("800/1/HD/2025");
            assertThat(p.effectiveDate()).isNull();
        });

        // received Monday 17 March (1 working day): effective on the 15th day, 31 March (PP 94/2021 Ps 38(1))
        assertThat(workflow.deliver(id, cases.get(id).version(), LocalDate.of(2025, 3, 17))).isEmpty();
        CaseViews.Detail delivered = cases.get(id);
        assertThat(delivered.effectiveDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(delivered.stage()).isEqualTo(CaseStage.ENDED);
        assertThat(punishments.forEmployee(pelaksana).get(0).effectiveDate()).isEqualTo(LocalDate.of(2025, 3, 31));

        byte[] pdf = letters.pdf(id, LetterKind.REPRIMAND);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // issue 9 item 6: the instance profile an administrator saved heads the letter; the rank is written in full
        actAs(new CurrentUser("admin-it", Role.ADMIN, null, null));
        profiles.save(new InstanceProfile("Kabupaten Barito Timur", "Tamiang Layang", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                "Jl. Jenderal Sudirman", "Asia/Jakarta", false, "Kepala BKPSDM", null, "Kepala BKPSDM", "IV/b",
                profiles.current().map(InstanceProfile::version).orElse(0)), null, null);
        actAs(new CurrentUser("officer-it", Role.OFFICER, null, null));
        assertThat(pdfText(letters.pdf(id, LetterKind.DECISION))).contains("PEMERINTAH KABUPATEN BARITO TIMUR", "Ditetapkan di Tamiang Layang",
                "Penata Muda, III/a", "UPT DISIPLIN " + suffix);
        assertThat(audit.history("InstanceProfile", "1", 1)).singleElement() // audited with its new values
                .satisfies(e -> assertThat(String.valueOf(e.newValues())).contains("Tamiang Layang"));
        assertThatThrownBy(() -> workflow.cancel(id, cases.get(id).version(), "terlambat"))
                .isInstanceOf(BusinessProblem.class).hasMessage("discipline.case.error.step");

        StatsService.Row row = stats.year(2025).rows().stream().filter(r -> r.opdCode().equals(opd)).findFirst().orElseThrow();
        assertThat(row.teguranTertulis()).isEqualTo(1);
        assertThat(row.casesClosed()).isEqualTo(1);
    }

    @Test
    void anUnauthorisedDecisionIsRefusedAndNothingIsStored() {
        long id = examinedCase(jf, List.of("Meninggalkan tempat tugas tanpa izin"));
        CaseViews.Detail c = cases.get(id);
        long violation = c.violations().get(0).id();

        // T12: a Pengawas may impose only ringan on a JF in its environment (PP 94/2021 Ps 23(1))
        assertThatThrownBy(() -> workflow.decide(id, c.version(), decision(DecidingOfficial.PENGAWAS, Relation.JF_IN_ENVIRONMENT,
                violation, PunishmentKind.PENUNDAAN_KGB)))
                .isInstanceOfSatisfying(AuthorityProblem.class, p -> {
                    assertThat(p.authority().refusal()).isEqualTo(Authority.Refusal.KIND_NOT_ALLOWED);
                    assertThat(p.authority().levels()).containsExactly(PunishmentLevel.RINGAN);
                });
        assertThat(punishments.forEmployee(jf)).isEmpty();
        assertThat(cases.get(id).recordedStage()).isEqualTo(CaseStage.EXAMINED);

        // a form opened before someone else saved is refused
        assertThatThrownBy(() -> workflow.decide(id, c.version() - 1, decision(DecidingOfficial.ADMINISTRATOR, Relation.JF_IN_ENVIRONMENT,
                violation, PunishmentKind.PENUNDAAN_KGB))).isInstanceOf(BusinessProblem.class).hasMessage("form.error.stale");

        // the Administrator may impose sedang on a JF in its environment (PP 94/2021 Ps 22(1))
        workflow.decide(id, c.version(), decision(DecidingOfficial.ADMINISTRATOR, Relation.JF_IN_ENVIRONMENT, violation, PunishmentKind.PENUNDAAN_KGB));
        assertThat(punishments.forEmployee(jf)).extracting(PunishmentRecord::kind, PunishmentRecord::months)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PunishmentKind.PENUNDAAN_KGB, 12));
    }

    @Test
    void theImportIsAtomicAndIdempotent() {
        ImportHandler handler = importHandlers.stream().filter(h -> h.kind().equals("punishments")).findFirst().orElseThrow();
        assertThat(handler.atomic()).isTrue();
        String header = "nip,level,kind,decision_date,effective_date,end_date\n";
        String rows = pelaksana + ",RINGAN,TEGURAN_TERTULIS,2021-05-03,2021-05-17,\n"
                + jf + ",SEDANG,PENUNDAAN_KGB,2021-09-01,2021-09-15,2022-09-15\n";

        ImportOutcome refused = run(handler, header + rows + "199901012020011999,RINGAN,TEGURAN_LISAN,2021-06-01,2021-06-15,\n", false);
        assertThat(refused.accepted()).isZero();
        assertThat(refused.rejected()).extracting(RowProblem::line, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "import.error.unknownEmployee"));
        assertThat(punishments.forEmployee(pelaksana)).isEmpty();

        assertThat(run(handler, header + rows, true)).isEqualTo(new ImportOutcome(0, 0, List.of(), 2));
        assertThat(punishments.forEmployee(jf)).isEmpty();

        assertThat(run(handler, header + rows, false)).isEqualTo(new ImportOutcome(2, 0, List.of(), 2));
        assertThat(run(handler, header + rows, false)).isEqualTo(new ImportOutcome(0, 2, List.of(), 2));
        ImportOutcome changed = run(handler, header + pelaksana + ",RINGAN,TEGURAN_TERTULIS,2021-05-03,2021-05-17,\n"
                + jf + ",SEDANG,PENUNDAAN_KGB,2021-09-01,2021-09-20,2022-09-20\n", false);
        assertThat(changed).isEqualTo(new ImportOutcome(1, 1, List.of(), 2));
        assertThat(punishments.forEmployee(jf)).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(PunishmentSource.IMPORT);
            assertThat(p.effectiveDate()).isEqualTo(LocalDate.of(2021, 9, 20));
            assertThat(p.endDate()).isEqualTo(LocalDate.of(2022, 9, 20));
            assertThat(p.runningOn(LocalDate.of(2022, 9, 19))).isTrue();
            assertThat(p.runningOn(LocalDate.of(2022, 9, 20))).isFalse();
        });

        // the yearly figures answer "how many warning letters and punishments in 2021" for this OPD (under its top unit)
        StatsService.Row row = stats.year(2021).rows().stream().filter(r -> r.opdCode().equals(opd)).findFirst().orElseThrow();
        assertThat(row.warningLetters()).isEqualTo(1);
        assertThat(row.punishments()).isEqualTo(1);
    }

    @Test
    void anOpdHeadSeesOnlyCasesOfTheirOpd() throws Exception {
        long id = examinedCase(pelaksana, List.of("Tidak masuk kerja"));
        String ownHead = "dsc" + suffix;
        String otherHead = "dsx" + suffix;
        users.createUnchecked(new NewUser(ownHead, PASSWORD, Role.OPD_HEAD, opd, null, "Kepala " + opd), false);
        users.createUnchecked(new NewUser(otherHead, PASSWORD, Role.OPD_HEAD, otherOpd, null, "Kepala " + otherOpd), false);

        actAs(new CurrentUser(otherHead, Role.OPD_HEAD, otherOpd, null));
        assertThatThrownBy(() -> cases.get(id)).isInstanceOf(AccessDeniedProblem.class);
        assertThat(cases.search(null, null, null, 0, 200).items()).extracting(CaseViews.Summary::id).doesNotContain(id);
        assertThatThrownBy(() -> workflow.open(new CaseCommands.Open(pelaksana, CaseSource.MANUAL, null, null, null, null, "x", List.of("x"),
                null, null))).isInstanceOf(AccessDeniedProblem.class);

        actAs(new CurrentUser(ownHead, Role.OPD_HEAD, opd, null));
        assertThat(cases.get(id).nip()).isEqualTo(pelaksana);
        assertThat(cases.search(null, null, null, 0, 200).items()).extracting(CaseViews.Summary::id).contains(id);
        assertThatThrownBy(() -> workflow.cancel(id, cases.get(id).version(), "x"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        // and through the web: the other head gets 403 on the case page and its letters, the own head 200
        assertThat(login(otherHead).get("/discipline/cases/" + id).statusCode()).isEqualTo(403);
        assertThat(login(otherHead).get("/discipline/cases/" + id + "/letters/summons.pdf").statusCode()).isEqualTo(403);
        Session own = login(ownHead);
        HttpResponse<String> page = own.get("/discipline/cases/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Budi " + suffix).doesNotContain("/discipline/cases/" + id + "/decision");
    }

    @Test
    void aCircularForAllStaffAndChosenOpdsIsRefusedInsteadOfSilentlyGoingToEveryone() {
        assertThatThrownBy(() -> circulars.publish("800/" + suffix + "/BKPSDM/2025-X", LocalDate.of(2025, 1, 6), "Apel " + suffix,
                "Apel pagi pukul 07.30.", true, List.of(opd)))
                .isInstanceOf(BusinessProblem.class).hasMessage("discipline.circular.error.bothTargets");
    }

    @Test
    void circularsAreAcknowledgedPerNipAndCountedPerOpd() {
        long id = circulars.publish("800/" + suffix + "/BKPSDM/2025", LocalDate.of(2025, 1, 6), "Disiplin jam kerja " + suffix,
                "Seluruh pegawai wajib hadir pukul 07.30.", false, List.of(opd));
        String head = "dsh" + suffix;
        users.createUnchecked(new NewUser(head, PASSWORD, Role.OPD_HEAD, opd, null, "Kepala"), false);

        // the employee behind an EMPLOYEE account sees it and acknowledges it (the UPT is a sub-unit of the target OPD)
        CurrentUser budi = new CurrentUser("budi" + suffix, Role.EMPLOYEE, null, pelaksana);
        actAs(budi);
        assertThat(circulars.pendingFor(budi)).extracting(CircularView::id, CircularView::acknowledgeSelf)
                .contains(org.assertj.core.groups.Tuple.tuple(id, true));
        circulars.acknowledge(id);
        circulars.acknowledge(id);
        assertThat(circulars.pendingFor(budi)).extracting(CircularView::id).doesNotContain(id);

        // the OPD head sees one of two staff still pending and acknowledges on their behalf
        CurrentUser kepala = new CurrentUser(head, Role.OPD_HEAD, opd, null);
        actAs(kepala);
        assertThat(circulars.pendingFor(kepala)).filteredOn(c -> c.id() == id).singleElement()
                .satisfies(c -> assertThat(c.staffPending()).isEqualTo(1));
        assertThat(circulars.notAcknowledged(id, opd, 0, 50).items()).extracting(CircularViews.StaffRow::nip).containsExactly(jf);
        assertThatThrownBy(() -> circulars.acknowledgeOnBehalf(id, List.of(outsider())))
                .isInstanceOf(BusinessProblem.class).hasMessage("discipline.circular.error.notYourStaff");
        assertThat(circulars.acknowledgeOnBehalf(id, List.of(jf))).isEqualTo(1);
        assertThat(circulars.pendingFor(kepala)).extracting(CircularView::id).doesNotContain(id);

        actAs(new CurrentUser("officer-it", Role.OFFICER, null, null));
        CircularViews.Detail d = circulars.detail(id);
        assertThat(d.staff()).isEqualTo(2);
        assertThat(d.acknowledged()).isEqualTo(2);
        assertThat(d.rates()).extracting(CircularViews.OpdRate::code, CircularViews.OpdRate::staff, CircularViews.OpdRate::acknowledged,
                CircularViews.OpdRate::onBehalf).containsExactly(org.assertj.core.groups.Tuple.tuple(opd, 1L, 1L, 1L),
                org.assertj.core.groups.Tuple.tuple(opd + "-UPT", 1L, 1L, 0L));
        // an employee of another OPD is not addressed
        CurrentUser other = new CurrentUser("x" + suffix, Role.EMPLOYEE, null, outsider());
        actAs(other);
        assertThat(circulars.pendingFor(other)).extracting(CircularView::id).doesNotContain(id);
        assertThatThrownBy(() -> circulars.acknowledge(id)).isInstanceOf(BusinessProblem.class)
                .hasMessage("discipline.circular.error.notAddressed");
        // nor may they read it or its acknowledgement figures; an assessor sees no circulars at all
        assertThatThrownBy(() -> circulars.detail(id)).isInstanceOf(id.merit.shared.NotFoundProblem.class);
        actAs(budi);
        assertThat(circulars.detail(id).title()).isEqualTo("Disiplin jam kerja " + suffix);
        actAs(new CurrentUser("asesor" + suffix, Role.ASSESSOR, null, null));
        assertThat(circulars.search(0, 50).total()).isZero();
    }

    @Test
    void aFieldInspectionFindingOpensACase() {
        long inspection = inspections.record(opd, LocalDate.of(2025, 5, 6), "Tim BKPSDM " + suffix, null);
        inspections.addFinding(inspection, inspections.get(inspection).version(), pelaksana, FindingKind.NOT_AT_POST, "di kantin");
        assertThatThrownBy(() -> inspections.addFinding(inspection, inspections.get(inspection).version(), outsider(), FindingKind.ABSENT, null))
                .isInstanceOf(BusinessProblem.class).hasMessage("discipline.inspection.error.notInOpd");
        long finding = inspections.get(inspection).findings().get(0).id();

        long caseId = workflow.open(new CaseCommands.Open(pelaksana, CaseSource.INSPECTION, null, null, null, finding, "Tidak di tempat tugas",
                List.of("Tidak berada di tempat tugas"), null, LocalDate.of(2025, 5, 7)));

        assertThat(inspections.get(inspection).findings().get(0).caseId()).isEqualTo(caseId);
        assertThat(cases.get(caseId).findingId()).isEqualTo(finding);
        assertThatThrownBy(() -> workflow.open(new CaseCommands.Open(pelaksana, CaseSource.INSPECTION, null, null, null, finding, "lagi",
                List.of("lagi"), null, LocalDate.of(2025, 5, 7)))).isInstanceOf(BusinessProblem.class)
                .hasMessage("discipline.case.error.findingHasCase");
        StatsService.Row row = stats.year(2025).rows().stream().filter(r -> r.opdCode().equals(opd)).findFirst().orElseThrow();
        assertThat(row.inspections()).isEqualTo(1);
        assertThat(row.findings()).isEqualTo(1);
        assertThat(row.casesOpen()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- helpers

    /** A PNS of the other OPD. */
    private String outsider() {
        LocalDate born = LocalDate.of(1980, 6, 1).plusDays(Long.parseLong(suffix) % 5000);
        String nip = Nip.compose(born, YearMonth.of(2005, 4), 'M', (int) (Long.parseLong(suffix) % 998) + 1);
        employees.upsert(new EmployeeData(nip, "Lain " + suffix, Gender.M, born, EmployeeType.PNS, otherOpd, "III/a", "Staf",
                PositionKind.PELAKSANA, null, null, null, null));
        return nip;
    }

    private long examinedCase(String nip, List<String> violations) {
        long id = workflow.open(new CaseCommands.Open(nip, CaseSource.MANUAL, null, null, null, null, violations.get(0), violations, null,
                LocalDate.of(2025, 4, 7)));
        workflow.summon(id, cases.get(id).version(), new CaseCommands.Summons("800/2/SP/2025", LocalDate.of(2025, 4, 7),
                LocalDate.of(2025, 4, 9), "Ruang rapat", "Kepala Bidang", null, "Kepala Bidang"));
        workflow.examine(id, cases.get(id).version(), new CaseCommands.Examination(LocalDate.of(2025, 4, 9), "Diperiksa", "Kepala Bidang",
                false, null, null, null, null, List.of()));
        return id;
    }

    private static CaseCommands.Decision decision(DecidingOfficial official, Relation relation, long violation, PunishmentKind kind) {
        return new CaseCommands.Decision("800/3/HD/2025", LocalDate.of(2025, 4, 14), official, relation, "Pejabat", null, "Kepala",
                List.of(new CaseCommands.ViolationSanction(violation, kind, null)));
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void actAs(CurrentUser user) {
        MeritUserDetails principal = new MeritUserDetails(user, "x", true, false, user.username());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    private static ImportOutcome run(ImportHandler handler, String csv, boolean dryRun) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return handler.run(new ImportRequest("punishments", "hukdis.csv", () -> new ByteArrayInputStream(bytes), Map.of(), dryRun));
    }

    /** A browser-like session: form login with the CSRF token, cookies kept, redirects not followed. */
    private Session login(String username) throws IOException, InterruptedException {
        Session s = new Session("http://localhost:" + port);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(s.get("/login").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> r = s.post("/login", "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + token.group(1));
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return s;
    }

    private static final class Session {
        private final String base;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Session(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
