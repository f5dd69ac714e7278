package id.merit.discipline.rules;

import static id.merit.discipline.PunishmentKind.PEMBEBASAN_JABATAN;
import static id.merit.discipline.PunishmentKind.PENURUNAN_JABATAN;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may impose which punishment in a regency or city, PP 94/2021 Pasal 16–25 as tabled in regulations.md §4.3:
 * <pre>
 *  official            accused                              kinds                         article
 *  PPK Kabupaten/Kota  JPT Pratama                          all kinds                     Ps 18
 *                      JF Ahli Utama                        ringan, sedang, berat a+b     Ps 18
 *                      Administrator, Pengawas, Pelaksana   sedang and berat              Ps 18
 *                      other JF                             berat                         Ps 18
 *  JPT Pratama         1 level below                        ringan                        Ps 21
 *                      2 levels below                       sedang                        Ps 21
 *                      JF in its environment                ringan and sedang             Ps 21
 *  Administrator       1 level below                        ringan                        Ps 22(1)
 *                      2 levels below                       sedang                        Ps 22(1)
 *                      JF in its environment                ringan and sedang             Ps 22(1)
 *  Pengawas            1 level below                        ringan                        Ps 23(1)
 *                      2 levels below                       ringan and sedang             Ps 23(1)
 *                      JF in its environment                ringan                        Ps 23(1)
 *  JF Ahli Madya (for a missing Administrator)  1 level below  ringan                     Ps 22(2)–(3)
 *  JF Ahli Muda (for a missing Pengawas)        1 level below  ringan                     Ps 23(2)–(3)
 * </pre>
 * "Berat a+b" is demotion and release from the post; dismissal of a JF Ahli Utama is the President's (Ps 8(4)c).
 * Consistency checks on the stated relation: a JF accused is always "JF in its environment" and only a JF is; a
 * structural accused (JPT/Administrator/Pengawas) must stand exactly the stated number of levels below the official;
 * for a Pelaksana the distance depends on the unit's structure and is taken as stated. Ps 25 (no authorised official
 * → the next higher one) and Ps 24 (an official who fails to punish) are procedure, not part of this table.
 */
public final class AuthorityPolicy {

    private static final Set<PunishmentKind> RINGAN = kindsOf(PunishmentLevel.RINGAN);
    private static final Set<PunishmentKind> SEDANG = kindsOf(PunishmentLevel.SEDANG);
    private static final Set<PunishmentKind> BERAT = kindsOf(PunishmentLevel.BERAT);

    private AuthorityPolicy() {
    }

    /**
     * What {@code official} may impose on an accused holding {@code accusedKind} (with {@code accusedLevel} for a JF)
     * who stands in {@code relation} to the official ({@code relation} is ignored for the PPK).
     */
    public static Authority of(DecidingOfficial official, PositionKind accusedKind, PositionLevel accusedLevel, Relation relation) {
        if (official == DecidingOfficial.PPK_KABUPATEN) {
            return ppk(accusedKind, accusedLevel);
        }
        String basis = basis(official);
        if (accusedKind == null) {
            return Authority.refuse(Authority.Refusal.POSITION_UNKNOWN, basis);
        }
        if (relation == null) {
            return Authority.refuse(Authority.Refusal.RELATION_REQUIRED, basis);
        }
        boolean jf = accusedKind == PositionKind.FUNGSIONAL;
        if (jf != (relation == Relation.JF_IN_ENVIRONMENT)) {
            return Authority.refuse(Authority.Refusal.RELATION_MISMATCH, basis);
        }
        if (!jf) {
            int distance = rank(official) - rank(accusedKind);
            if (distance <= 0) {
                return Authority.refuse(Authority.Refusal.NOT_SUBORDINATE, basis);
            }
            if (accusedKind != PositionKind.PELAKSANA && distance != relation.levels()) {
                return Authority.refuse(Authority.Refusal.RELATION_MISMATCH, basis);
            }
        }
        return switch (official) {
            case PPK_KABUPATEN -> throw new IllegalStateException("handled above");
            case JPT_PRATAMA, ADMINISTRATOR -> switch (relation) {
                case ONE_LEVEL_BELOW -> Authority.grant(RINGAN, basis);
                case TWO_LEVELS_BELOW -> Authority.grant(SEDANG, basis);
                case JF_IN_ENVIRONMENT -> Authority.grant(union(RINGAN, SEDANG), basis);
            };
            case PENGAWAS -> switch (relation) {
                case ONE_LEVEL_BELOW, JF_IN_ENVIRONMENT -> Authority.grant(RINGAN, basis);
                case TWO_LEVELS_BELOW -> Authority.grant(union(RINGAN, SEDANG), basis);
            };
            case JF_AHLI_MADYA_FOR_ADMINISTRATOR, JF_AHLI_MUDA_FOR_PENGAWAS -> relation == Relation.ONE_LEVEL_BELOW
                    ? Authority.grant(RINGAN, basis)
                    : Authority.refuse(Authority.Refusal.SUBSTITUTE_ONE_LEVEL_ONLY, basis);
        };
    }

    /** {@link #of} narrowed to one kind: refused with KIND_NOT_ALLOWED when the official's power does not cover it. */
    public static Authority check(DecidingOfficial official, PositionKind accusedKind, PositionLevel accusedLevel, Relation relation,
                                  PunishmentKind kind) {
        Authority a = of(official, accusedKind, accusedLevel, relation);
        if (!a.granted() || a.allows(kind)) {
            return a;
        }
        return new Authority(a.kinds(), Authority.Refusal.KIND_NOT_ALLOWED, a.basis());
    }

    private static Authority ppk(PositionKind kind, PositionLevel level) {
        String basis = basis(DecidingOfficial.PPK_KABUPATEN);
        if (kind == null || (kind == PositionKind.FUNGSIONAL && level == null)) {
            return Authority.refuse(Authority.Refusal.POSITION_UNKNOWN, basis);
        }
        return switch (kind) {
            case JPT_PRATAMA -> Authority.grant(union(RINGAN, SEDANG, BERAT), basis);
            case ADMINISTRATOR, PENGAWAS, PELAKSANA -> Authority.grant(union(SEDANG, BERAT), basis);
            case FUNGSIONAL -> level == PositionLevel.AHLI_UTAMA
                    ? Authority.grant(union(RINGAN, SEDANG, EnumSet.of(PENURUNAN_JABATAN, PEMBEBASAN_JABATAN)), basis)
                    : Authority.grant(BERAT, basis);
        };
    }

    /** Structural rank: the substitutes act with the rank of the official they stand in for. */
    private static int rank(DecidingOfficial official) {
        return switch (official) {
            case PPK_KABUPATEN -> 4;
            case JPT_PRATAMA -> 3;
            case ADMINISTRATOR, JF_AHLI_MADYA_FOR_ADMINISTRATOR -> 2;
            case PENGAWAS, JF_AHLI_MUDA_FOR_PENGAWAS -> 1;
        };
    }

    private static int rank(PositionKind kind) {
        return switch (kind) {
            case JPT_PRATAMA -> 3;
            case ADMINISTRATOR -> 2;
            case PENGAWAS -> 1;
            case PELAKSANA, FUNGSIONAL -> 0;
        };
    }

    /** The article of PP 94/2021 that grants the official's power. */
    public static String basis(DecidingOfficial official) {
        return switch (official) {
            case PPK_KABUPATEN -> "PP 94/2021 Pasal 18 ayat (3)";
            case JPT_PRATAMA -> "PP 94/2021 Pasal 21";
            case ADMINISTRATOR -> "PP 94/2021 Pasal 22 ayat (1)";
            case PENGAWAS -> "PP 94/2021 Pasal 23 ayat (1)";
            case JF_AHLI_MADYA_FOR_ADMINISTRATOR -> "PP 94/2021 Pasal 22 ayat (2) dan (3)";
            case JF_AHLI_MUDA_FOR_PENGAWAS -> "PP 94/2021 Pasal 23 ayat (2) dan (3)";
        };
    }

    private static Set<PunishmentKind> kindsOf(PunishmentLevel level) {
        return Set.copyOf(level.kinds());
    }

    @SafeVarargs
    private static Set<PunishmentKind> union(Set<PunishmentKind>... sets) {
        EnumSet<PunishmentKind> all = EnumSet.noneOf(PunishmentKind.class);
        Arrays.stream(sets).forEach(all::addAll);
        return all;
    }
}
