package id.merit.employee.rules;

import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import java.time.LocalDate;

/**
 * Retirement age (batas usia pensiun), PP 11/2017 Pasal 239 ayat (2) as amended by PP 17/2020 (rules-defaults.md):
 * 58 for Administrator, Pengawas, Pelaksana and JF Ahli Muda, Ahli Pertama and the skill levels; 60 for JPT and JF
 * Ahli Madya; 65 for JF Ahli Utama.
 */
public final class RetirementAge {

    private RetirementAge() {
    }

    public static int years(PositionKind kind, PositionLevel level) {
        return switch (kind) {
            case JPT_PRATAMA -> 60;
            case ADMINISTRATOR, PENGAWAS, PELAKSANA -> 58;
            case FUNGSIONAL -> level == null ? 58 : switch (level) {
                case AHLI_UTAMA -> 65;
                case AHLI_MADYA -> 60;
                case AHLI_MUDA, AHLI_PERTAMA, PENYELIA, MAHIR, TERAMPIL, PEMULA -> 58;
            };
        };
    }

    /** The day the holder reaches the retirement age of the position. */
    public static LocalDate reachedOn(LocalDate birthDate, PositionKind kind, PositionLevel level) {
        return birthDate.plusYears(years(kind, level));
    }

    /** Whether that day falls within two years after {@code on} (a post to plan succession for). */
    public static boolean withinTwoYears(LocalDate birthDate, PositionKind kind, PositionLevel level, LocalDate on) {
        return !reachedOn(birthDate, kind, level).isAfter(on.plusYears(2));
    }
}
