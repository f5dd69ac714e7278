package id.merit.discipline;

import java.util.Arrays;
import java.util.List;

/**
 * Which kinds a <i>sedang</i> punishment takes (regulations.md §4.1, rules-defaults.md). PP 94/2021 Pasal 42: until
 * a new PP on salaries and allowances takes effect, sedang punishments follow PP 53/2010 Pasal 7 ayat (3) (KGB delay,
 * promotion delay, rank demotion, one year each); afterwards PP 94/2021 Pasal 8 ayat (3) (tukin −25% for 6, 9 or 12
 * months). Which regime holds on a date is an administrator's setting with an effective date.
 */
public enum SedangRegime {
    PP53_TRANSITIONAL, PP94_TUKIN;

    /** The default until an administrator says otherwise: the transition is still in force. */
    public static final SedangRegime DEFAULT = PP53_TRANSITIONAL;

    /** Whether a decision taken under this regime may impose {@code kind}; ringan and berat kinds are not affected. */
    public boolean allows(PunishmentKind kind) {
        if (kind.level() != PunishmentLevel.SEDANG) {
            return true;
        }
        return switch (this) {
            case PP53_TRANSITIONAL -> kind.transitional();
            case PP94_TUKIN -> kind == PunishmentKind.TUKIN_CUT;
        };
    }

    /** The kinds a decision may impose under this regime, lightest first. */
    public List<PunishmentKind> kinds() {
        return Arrays.stream(PunishmentKind.values()).filter(this::allows).toList();
    }
}
