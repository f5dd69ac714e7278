package id.merit.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.discipline.domain.CaseCommands;
import id.merit.discipline.domain.CaseService;
import id.merit.discipline.domain.CaseViews;
import id.merit.discipline.domain.CaseWorkflow;
import id.merit.discipline.domain.LetterKind;
import id.merit.discipline.domain.LetterService;
import id.merit.discipline.domain.ObjectionKind;
import id.merit.discipline.domain.ObjectionOutcome;
import id.merit.discipline.rules.CaseStage;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.discipline.rules.Relation;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 8 items 5–7 on the whole application and real PostgreSQL: an objection suspends the punishment and a lightened
 * answer moves its dates (PP 79/2021; PP 94/2021 Pasal 38 ayat (2)), the second summons and the decision without
 * examination (Pasal 26 ayat (3)–(4)), and the temporary relief that ends with the decision (Pasal 31).
 */
@MeritIntegrationTest
class DisciplineRemediesIT {

    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    CaseService cases;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    PunishmentQueries punishments;
    @Autowired
    LetterService letters;

    String nip;
    String other;

    @BeforeEach
    void setUp() {
        long n = System.nanoTime() % 100_000;
        String opd = "DRM" + n;
        actAs(new CurrentUser("officer-it", Role.OFFICER, null, null));
        opds.upsert(new OpdCommands.OpdData(opd, "Dinas Upaya " + n, OpdKind.DINAS, null, null, null, null));
        LocalDate born = LocalDate.of(1972, 1, 1).plusDays(n % 9000);
        nip = Nip.compose(born, YearMonth.of(2003, 1), 'M', (int) (n % 998) + 1);
        other = Nip.compose(born, YearMonth.of(2003, 2), 'F', (int) (n % 998) + 1);
        employees.upsert(new EmployeeData(nip, "Joko " + n, Gender.M, born, EmployeeType.PNS, opd, "III/a", "Pengadministrasi Umum",
                PositionKind.PELAKSANA, null, null, null, null));
        employees.upsert(new EmployeeData(other, "Sri " + n, Gender.F, born, EmployeeType.PNS, opd, "III/a", "Pengadministrasi Umum",
                PositionKind.PELAKSANA, null, null, null, null));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anObjectionSuspendsTheEffectiveDateAndALightenedAnswerChangesIt() {
        long id = examinedCase(null);
        CaseViews.Detail examined = cases.get(id);
        workflow.decide(id, examined.version(), new CaseCommands.Decision("800/9/HD/2025", LocalDate.of(2025, 3, 14),
                DecidingOfficial.PPK_KABUPATEN, null, "Bupati", null, "Bupati", List.of(
                new CaseCommands.ViolationSanction(examined.violations().get(0).id(), PunishmentKind.PENUNDAAN_KGB, null))));
        workflow.deliver(id, cases.get(id).version(), LocalDate.of(2025, 3, 17));
        CaseViews.Detail delivered = cases.get(id);
        // PP 94/2021 Ps 38(1): received 17 March → effective 31 March, one year
        assertThat(delivered.effectiveDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(delivered.endDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        LocalDate fileBy = delivered.objection().fileBy();
        assertThat(fileBy).isAfterOrEqualTo(LocalDate.of(2025, 4, 3)); // 14 working days from 17 March, later with holidays

        // another employee may not object in Joko's name; Joko may not object after the 14 working days (PP 79/2021 Ps 4(2))
        actAs(new CurrentUser("sri", Role.EMPLOYEE, null, other));
        assertThatThrownBy(() -> cases.get(id)).isInstanceOf(AccessDeniedProblem.class);
        actAs(new CurrentUser("joko", Role.EMPLOYEE, null, nip));
        assertThatThrownBy(() -> workflow.fileObjection(id, delivered.version(), new CaseCommands.ObjectionFiling(fileBy.plusDays(1),
                "Saya sakit", null))).isInstanceOf(BusinessProblem.class).hasMessage("discipline.objection.error.late");
        workflow.fileObjection(id, delivered.version(), new CaseCommands.ObjectionFiling(LocalDate.of(2025, 3, 20),
                "Saya sakit dan sudah mengirim surat keterangan dokter", "Surat keterangan dokter 3 lembar"));

        // PP 94/2021 Ps 38(2): pending, the punishment does not take effect — in the case and in the register
        CaseViews.Detail objected = cases.get(id);
        assertThat(objected.objection().pending()).isTrue();
        assertThat(objected.objection().kind()).isEqualTo(ObjectionKind.OBJECTION);
        assertThat(objected.objection().onBehalf()).isFalse();
        assertThat(objected.objection().answerBy()).isAfterOrEqualTo(LocalDate.of(2025, 4, 17)); // 21 working days from 20 March
        assertThat(objected.effectiveDate()).isNull();
        assertThat(objected.stage()).isEqualTo(CaseStage.DELIVERED);
        assertThat(punishments.forEmployee(nip)).singleElement().satisfies(p -> assertThat(p.effectiveDate()).isNull());
        assertThatThrownBy(() -> workflow.fileObjection(id, objected.version(), new CaseCommands.ObjectionFiling(LocalDate.of(2025, 3, 21),
                "lagi", null))).isInstanceOf(BusinessProblem.class).hasMessage("discipline.objection.error.already");

        actAs(new CurrentUser("officer-it", Role.OFFICER, null, null));
        // lightening to a heavier punishment is refused
        assertThatThrownBy(() -> workflow.answerObjection(id, objected.version(), new CaseCommands.ObjectionAnswer(ObjectionOutcome.LIGHTENED,
                "800/9/KB/2025", LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 14), PunishmentKind.PENURUNAN_PANGKAT, null, null)))
                .isInstanceOf(BusinessProblem.class).hasMessage("discipline.objection.error.notLighter");
        workflow.answerObjection(id, objected.version(), new CaseCommands.ObjectionAnswer(ObjectionOutcome.LIGHTENED, "800/9/KB/2025",
                LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 14), PunishmentKind.TEGURAN_TERTULIS, null, "Sakit terbukti sebagian"));

        // the lighter punishment takes effect on the 15th day from the receipt of the answer: 28 April, no end (ringan)
        CaseViews.Detail answered = cases.get(id);
        assertThat(answered.sanctionKind()).isEqualTo(PunishmentKind.TEGURAN_TERTULIS);
        assertThat(answered.effectiveDate()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(answered.endDate()).isNull();
        assertThat(answered.objection().outcome()).isEqualTo(ObjectionOutcome.LIGHTENED);
        assertThat(answered.objection().originalKind()).isEqualTo(PunishmentKind.PENUNDAAN_KGB);
        assertThat(punishments.forEmployee(nip)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PunishmentKind.TEGURAN_TERTULIS);
            assertThat(p.level()).isEqualTo(PunishmentLevel.RINGAN);
            assertThat(p.effectiveDate()).isEqualTo(LocalDate.of(2025, 4, 28));
            assertThat(p.endDate()).isNull();
        });
    }

    @Test
    void anAnnulledDecisionLeavesTheRegisterAndEndsTheCase() {
        long id = examinedCase(null);
        CaseViews.Detail examined = cases.get(id);
        workflow.decide(id, examined.version(), new CaseCommands.Decision("800/8/HD/2025", LocalDate.of(2025, 3, 14),
                DecidingOfficial.PENGAWAS, Relation.ONE_LEVEL_BELOW, "Kasubag", null, "Kepala Sub Bagian Umum", List.of(
                new CaseCommands.ViolationSanction(examined.violations().get(0).id(), PunishmentKind.TEGURAN_LISAN, null))));
        workflow.deliver(id, cases.get(id).version(), LocalDate.of(2025, 3, 17));
        // BKPSDM files on the employee's behalf
        workflow.fileObjection(id, cases.get(id).version(), new CaseCommands.ObjectionFiling(LocalDate.of(2025, 3, 18), "Salah orang", null));
        assertThat(cases.get(id).objection().onBehalf()).isTrue();
        workflow.answerObjection(id, cases.get(id).version(), new CaseCommands.ObjectionAnswer(ObjectionOutcome.ANNULLED, "800/8/KB/2025",
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2), null, null, null));
        CaseViews.Detail annulled = cases.get(id);
        assertThat(annulled.recordedStage()).isEqualTo(CaseStage.ENDED);
        assertThat(annulled.effectiveDate()).isNull();
        assertThat(punishments.forEmployee(nip)).isEmpty();
    }

    @Test
    void missingBothSummonsesLeadsToADecisionOnTheEvidenceThatTheLetterStates() throws IOException {
        long id = workflow.open(new CaseCommands.Open(nip, null, null, null, null, null, "Meninggalkan tugas", List.of("Meninggalkan tugas"),
                null, LocalDate.of(2025, 3, 3)));
        workflow.summon(id, cases.get(id).version(), new CaseCommands.Summons("800/7/SP/2025", LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 5), "Ruang rapat", "Kasubag", null, "Kepala Sub Bagian Umum"));
        // absent on 5 March; the absent-again step needs a second summons first
        assertThatThrownBy(() -> workflow.absentAgain(id, cases.get(id).version(), "bukti"))
                .isInstanceOf(BusinessProblem.class).hasMessage("discipline.absent.error.noSecondSummons");
        assertThatThrownBy(() -> workflow.summonAgain(id, cases.get(id).version(), new CaseCommands.SecondSummons("800/7/SP-2/2025",
                LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 10), "Ruang rapat")))
                .isInstanceOf(BusinessProblem.class).hasMessage("discipline.secondSummons.error.beforeMissed");
        // PP 94/2021 Ps 26(3): a letter 14 working days after the missed day is recorded but flagged
        List<CaseViews.Warning> warnings = workflow.summonAgain(id, cases.get(id).version(), new CaseCommands.SecondSummons(
                "800/7/SP-2/2025", LocalDate.of(2025, 3, 25), LocalDate.of(2025, 3, 27), "Ruang rapat"));
        assertThat(warnings).extracting(CaseViews.Warning::key).containsExactly("discipline.warning.secondSummonsLate");
        assertThat(cases.get(id).letters()).contains(LetterKind.SECOND_SUMMONS);

        workflow.absentAgain(id, cases.get(id).version(), "Daftar hadir dan laporan atasan langsung");
        CaseViews.Detail c = cases.get(id);
        assertThat(c.recordedStage()).isEqualTo(CaseStage.EXAMINED);
        assertThat(c.withoutExamination()).isTrue();
        assertThat(c.bapDate()).isNull();
        workflow.decide(id, c.version(), new CaseCommands.Decision("800/7/HD/2025", LocalDate.of(2025, 3, 28),
                DecidingOfficial.PENGAWAS, Relation.ONE_LEVEL_BELOW, "Kasubag", null, "Kepala Sub Bagian Umum", List.of(
                new CaseCommands.ViolationSanction(c.violations().get(0).id(), PunishmentKind.TEGURAN_LISAN, null))));

        // Ps 26(4): the SK says it was decided without examination
        String sk = text(letters.pdf(id, LetterKind.DECISION));
        assertThat(sk).contains("tanpa dilakukan pemeriksaan", "Pasal 26 ayat (4)", "5 Maret 2025", "27 Maret 2025");
        String second = text(letters.pdf(id, LetterKind.SECOND_SUMMONS));
        assertThat(second).contains("SURAT PANGGILAN II", "800/7/SP-2/2025", "Pasal 26 ayat (3)");
    }

    @Test
    void aReliefFromThePostIsRecordedWithItsPlhAndEndsWithTheDecision() {
        long id = workflow.open(new CaseCommands.Open(nip, null, null, null, null, null, "Tidak masuk 12 hari berturut-turut",
                List.of("Tidak masuk 12 hari berturut-turut"), PunishmentLevel.BERAT, LocalDate.of(2025, 3, 3)));
        workflow.summon(id, cases.get(id).version(), new CaseCommands.Summons("800/6/SP/2025", LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 5), "Ruang rapat", "Kasubag", null, "Kepala Sub Bagian Umum"));
        assertThatThrownBy(() -> workflow.relieve(id, cases.get(id).version(), new CaseCommands.Relief(LocalDate.of(2025, 3, 1), "Kasubag",
                null, "Rina", null))).isInstanceOf(BusinessProblem.class).hasMessage("discipline.relief.error.beforeSummons");
        workflow.relieve(id, cases.get(id).version(), new CaseCommands.Relief(LocalDate.of(2025, 3, 5), "Kasubag", "Kepala Sub Bagian Umum",
                "Rina Wati", null));
        assertThat(cases.activeRelief(nip)).hasValueSatisfying(r -> {
            assertThat(r.plhName()).isEqualTo("Rina Wati");
            assertThat(r.caseId()).isEqualTo(id);
        });
        workflow.examine(id, cases.get(id).version(), new CaseCommands.Examination(LocalDate.of(2025, 3, 5), "Mengakui", null, false,
                "Kasubag", "Inspektur Pembantu", "Analis SDM", null, List.of()));
        CaseViews.Detail examined = cases.get(id);
        workflow.decide(id, examined.version(), new CaseCommands.Decision("800/6/HD/2025", LocalDate.of(2025, 3, 12),
                DecidingOfficial.PPK_KABUPATEN, null, "Bupati", null, "Bupati", List.of(
                new CaseCommands.ViolationSanction(examined.violations().get(0).id(), PunishmentKind.PENURUNAN_JABATAN, null))));
        // Ps 31: from the examination until the decision
        assertThat(cases.get(id).relief().until()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(cases.activeRelief(nip)).isEmpty();
    }

    private long examinedCase(PunishmentLevel expected) {
        long id = workflow.open(new CaseCommands.Open(nip, null, null, null, null, null, "Tidak masuk kerja", List.of("Tidak masuk kerja"),
                expected, LocalDate.of(2025, 3, 3)));
        workflow.summon(id, cases.get(id).version(), new CaseCommands.Summons("800/9/SP/2025", LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 12), "Ruang rapat", "Kasubag", null, "Kepala Sub Bagian Umum"));
        workflow.examine(id, cases.get(id).version(), new CaseCommands.Examination(LocalDate.of(2025, 3, 12), "Mengakui", null, false,
                null, null, null, null, List.of()));
        return id;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static void actAs(CurrentUser user) {
        MeritUserDetails principal = new MeritUserDetails(user, "x", true, false, user.username());
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}
