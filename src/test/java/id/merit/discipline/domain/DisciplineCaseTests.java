package id.merit.discipline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.SedangRegime;
import id.merit.discipline.rules.CaseStage;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.discipline.rules.Relation;
import id.merit.discipline.rules.Sanction;
import id.merit.shared.BusinessProblem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case guards its own steps: a step out of order or against the case's dates is refused with a reason code. */
class DisciplineCaseTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private static DisciplineCase summoned(PunishmentLevel expected) {
        DisciplineCase c = new DisciplineCase();
        c.setOpenedOn(LocalDate.of(2025, 3, 3));
        c.setExpectedLevel(expected);
        c.addViolation("Tidak masuk kerja", null, null);
        c.summon(new CaseCommands.Summons("800/1/SP", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 5), "Ruang", "Kasubag", null, "Kasubag"));
        return c;
    }

    @Test
    void aStepOutOfOrderIsRefusedWithTheStages() {
        DisciplineCase c = new DisciplineCase();
        c.setOpenedOn(LocalDate.of(2025, 3, 3));
        assertThatThrownBy(() -> c.examine(new CaseCommands.Examination(LocalDate.of(2025, 3, 5), "x", null, false, null, null, null, null,
                List.of()), TODAY)).isInstanceOf(BusinessProblem.class).hasMessage("discipline.case.error.step");
        assertThatThrownBy(() -> c.summonAgain(new CaseCommands.SecondSummons("2", LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 7), "R"),
                TODAY)).isInstanceOf(BusinessProblem.class).hasMessage("discipline.case.error.step");
        assertThat(c.getStage()).isEqualTo(CaseStage.OPENED);
    }

    @Test
    void theSecondSummonsComesOnceAfterTheMissedExaminationAndLeadsToADecisionWithoutExamination() {
        DisciplineCase c = summoned(PunishmentLevel.RINGAN);
        assertThatThrownBy(() -> c.absentAgain("bukti", TODAY)).hasMessage("discipline.absent.error.noSecondSummons");
        c.summonAgain(new CaseCommands.SecondSummons("800/1/SP-2", LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 10), "Ruang"), TODAY);
        assertThat(c.getStage()).isEqualTo(CaseStage.SUMMONED);
        assertThatThrownBy(() -> c.summonAgain(new CaseCommands.SecondSummons("3", LocalDate.of(2025, 3, 7), LocalDate.of(2025, 3, 10), "R"),
                TODAY)).hasMessage("discipline.secondSummons.error.already");
        assertThatThrownBy(() -> c.absentAgain("bukti", LocalDate.of(2025, 3, 9))).hasMessage("discipline.absent.error.notYet");

        c.absentAgain("Daftar hadir", TODAY);
        assertThat(c.getStage()).isEqualTo(CaseStage.EXAMINED);
        assertThat(c.isWithoutExamination()).isTrue();
        assertThat(c.examinedOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        // the decision may not precede the missed second examination
        assertThatThrownBy(() -> c.checkDecisionDate(LocalDate.of(2025, 3, 7), TODAY)).hasMessage("discipline.decision.error.beforeExam");
    }

    @Test
    void reliefOnlyWhereABeratPunishmentIsLikely() {
        CaseCommands.Relief relief = new CaseCommands.Relief(LocalDate.of(2025, 3, 5), "Kasubag", null, "Rina", null);
        DisciplineCase ringan = summoned(PunishmentLevel.RINGAN);
        assertThatThrownBy(() -> ringan.relieve(relief, TODAY)).hasMessage("discipline.relief.error.notBerat");
        DisciplineCase berat = summoned(PunishmentLevel.BERAT);
        assertThatThrownBy(() -> berat.relieve(relief, LocalDate.of(2025, 3, 4))).hasMessage("discipline.error.future");
        berat.relieve(relief, TODAY);
        assertThatThrownBy(() -> berat.relieve(relief, TODAY)).hasMessage("discipline.relief.error.already");
        // it ends with the case when the case is cancelled
        berat.cancel("Salah orang", TODAY);
        assertThat(berat.getRelief().getUntil()).isEqualTo(TODAY);
    }

    @Test
    void anObjectionOnlyOnADeliveredDecisionWithinItsDeadline() {
        DisciplineCase c = summoned(PunishmentLevel.RINGAN);
        CaseCommands.ObjectionFiling filing = new CaseCommands.ObjectionFiling(LocalDate.of(2025, 3, 20), "Sakit", null);
        assertThatThrownBy(() -> c.fileObjection(filing, "pegawai", false, d -> d.plusDays(18), TODAY))
                .hasMessage("discipline.objection.error.stage");
        c.examine(new CaseCommands.Examination(LocalDate.of(2025, 3, 5), "Mengakui", null, false, null, null, null, null, List.of()), TODAY);
        Sanction lisan = Sanction.of(PunishmentKind.TEGURAN_LISAN, null);
        c.decide(new CaseCommands.Decision("800/1/HD", LocalDate.of(2025, 3, 14), DecidingOfficial.PENGAWAS, Relation.ONE_LEVEL_BELOW,
                "Kasubag", null, "Kasubag", List.of()), List.of(lisan), lisan, SedangRegime.PP53_TRANSITIONAL, DayCounting.CALENDAR, TODAY);
        c.deliver(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 31), null, TODAY);
        assertThatThrownBy(() -> c.fileObjection(new CaseCommands.ObjectionFiling(LocalDate.of(2025, 3, 16), "Sakit", null), "pegawai",
                false, d -> d.plusDays(18), TODAY)).hasMessage("discipline.objection.error.beforeReceipt");
        assertThatThrownBy(() -> c.fileObjection(new CaseCommands.ObjectionFiling(LocalDate.of(2025, 4, 5), "Sakit", null), "pegawai",
                false, d -> d.plusDays(18), TODAY)).hasMessage("discipline.objection.error.late");

        c.fileObjection(filing, "pegawai", false, d -> d.plusDays(18), TODAY);
        // PP 94/2021 Ps 38(2): no effective date while pending
        assertThat(c.getEffectiveDate()).isNull();
        assertThat(c.getObjection().getOriginalKind()).isEqualTo(PunishmentKind.TEGURAN_LISAN);
        assertThatThrownBy(() -> c.fileObjection(filing, "pegawai", false, d -> d.plusDays(18), TODAY))
                .hasMessage("discipline.objection.error.already");
    }
}
