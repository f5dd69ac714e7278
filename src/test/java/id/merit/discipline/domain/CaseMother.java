package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.domain.CaseViews.Detail;
import id.merit.discipline.domain.CaseViews.SecondSummonsView;
import id.merit.discipline.domain.CaseViews.ViolationView;
import id.merit.discipline.domain.CaseViews.Warning;
import id.merit.discipline.rules.CaseStage;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.discipline.rules.Relation;
import id.merit.discipline.SedangRegime;
import id.merit.employee.PositionKind;
import java.time.LocalDate;
import java.util.List;

/** Discipline cases at each stage, for web slices and letter tests. */
public final class CaseMother {
    public static final String NIP = "198503122010011002";
    public static final String NAME = "Budi Santoso";

    private CaseMother() {
    }

    public static Detail opened() {
        return build(CaseStage.OPENED, CaseStage.OPENED, false, false, false, null);
    }

    public static Detail summoned() {
        return build(CaseStage.SUMMONED, CaseStage.SUMMONED, true, false, false, null);
    }

    public static Detail examined() {
        return build(CaseStage.EXAMINED, CaseStage.EXAMINED, true, true, false, null);
    }

    /** Decided: a written reprimand (so all three letters exist). */
    public static Detail decided() {
        return build(CaseStage.DECIDED, CaseStage.DECIDED, true, true, true, null);
    }

    public static Detail delivered() {
        return build(CaseStage.DELIVERED, CaseStage.ENDED, true, true, true, LocalDate.of(2025, 3, 20));
    }

    /** Summoned twice: the first examination (3 March) was missed, the second letter set 10 March. */
    public static Detail summonedTwice() {
        return copy(summoned(), summoned().warnings(), new SecondSummonsView("800/KD-2025-00007/SP-2/2025", LocalDate.of(2025, 3, 4),
                LocalDate.of(2025, 3, 10), "Ruang rapat Diskominfo", LocalDate.of(2025, 3, 12), null, null), null);
    }

    /** The same case with another objection piece (e.g. a filing deadline still ahead, or an objection pending). */
    public static Detail withObjection(Detail c, CaseViews.ObjectionView objection) {
        return copy(c, c.warnings(), c.secondSummons(), objection);
    }

    public static Detail withWarnings(Detail c, List<Warning> warnings) {
        return copy(c, warnings, c.secondSummons(), c.objection());
    }

    private static Detail copy(Detail c, List<Warning> warnings, SecondSummonsView second, CaseViews.ObjectionView objection) {
        return new Detail(c.id(), c.number(), c.employeeId(), c.nip(), c.employeeName(), c.employeeRank(), c.positionName(), c.positionKind(),
                c.positionLevel(), c.opdId(), c.opdName(), c.source(), c.attendanceYear(), c.attendanceBand(), c.sourceBasis(), c.findingId(),
                c.allegation(), c.expectedLevel(), c.recordedStage(), c.stage(), c.openedOn(), c.openedBy(), c.summonsNumber(), c.summonsDate(),
                c.examDate(), c.examPlace(), c.summonerName(), c.summonerNip(), c.summonerPosition(), c.latestExamDate(), c.bapDate(),
                c.bapSummary(), c.examiners(), c.accusedAbsent(), c.teamSuperior(), c.teamInspectorate(), c.teamHr(), c.decisionNumber(),
                c.decisionDate(), c.official(), c.relation(), c.officialName(), c.officialNip(), c.officialPosition(), c.sanctionKind(),
                c.sanctionMonths(), c.sanctionBasis(), c.authorityBasis(), c.sedangRegime(), c.deliveryDeadline(), c.receiptDate(),
                c.effectiveDate(), c.endDate(), c.dayCounting(), c.cancelReason(), c.closedNote(), c.closedOn(), c.version(), c.violations(),
                warnings, second, c.relief(), objection);
    }

    private static Detail build(CaseStage recorded, CaseStage stage, boolean summoned, boolean examined, boolean decided, LocalDate receipt) {
        return new Detail(7L, "KD-2025-00007", 1L, NIP, NAME, "III/b", "Pengadministrasi Umum", PositionKind.PELAKSANA, null, 10L,
                "Dinas Komunikasi dan Informatika", CaseSource.ATTENDANCE, 2025, "TEGURAN_TERTULIS",
                "PP 94/2021 Pasal 9 ayat (2) huruf b angka 2", null,
                "Tidak masuk kerja tanpa alasan yang sah selama 5 hari kerja pada tahun 2025", PunishmentLevel.RINGAN, recorded, stage,
                LocalDate.of(2025, 2, 24), "petugas",
                summoned ? "800/KD-2025-00007/SP/2025" : null, summoned ? LocalDate.of(2025, 2, 24) : null,
                summoned ? LocalDate.of(2025, 3, 3) : null, summoned ? "Ruang rapat Diskominfo" : null,
                summoned ? "Siti Aminah, S.Kom." : null, summoned ? "197901012005012003" : null, summoned ? "Kepala Bidang Aplikasi" : null,
                summoned ? LocalDate.of(2025, 3, 5) : null,
                examined ? LocalDate.of(2025, 3, 3) : null, examined ? "Mengakui tidak masuk kerja 5 hari tanpa izin." : null,
                examined ? "Siti Aminah" : null, false, null, null, null,
                decided ? "800/KD-2025-00007/HD/2025" : null, decided ? LocalDate.of(2025, 3, 6) : null,
                decided ? DecidingOfficial.PENGAWAS : null, decided ? Relation.ONE_LEVEL_BELOW : null,
                decided ? "Siti Aminah, S.Kom." : null, decided ? "197901012005012003" : null, decided ? "Kepala Bidang Aplikasi" : null,
                decided ? PunishmentKind.TEGURAN_TERTULIS : null, null,
                decided ? "PP 94/2021 Pasal 8 ayat (2) huruf b" : null, decided ? "PP 94/2021 Pasal 23 ayat (1)" : null,
                decided ? SedangRegime.PP53_TRANSITIONAL : null, decided ? LocalDate.of(2025, 3, 26) : null,
                receipt, receipt == null ? null : LocalDate.of(2025, 4, 3), null, decided ? DayCounting.CALENDAR : null,
                null, null, null, 3,
                List.of(new ViolationView(11L, 1, "Tidak masuk kerja tanpa alasan yang sah selama 5 hari kerja pada tahun 2025",
                        PunishmentKind.TEGURAN_TERTULIS, null)),
                List.of(), null, null, receipt == null ? null
                        : new CaseViews.ObjectionView(LocalDate.of(2025, 4, 8), null, null, null, false, null, null, null, null, null, null,
                                null, null, null, null));
    }
}
