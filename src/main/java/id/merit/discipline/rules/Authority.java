package id.merit.discipline.rules;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an official may impose on an accused: the allowed kinds with the article that grants them, or a refusal with
 * its reason code (and no kinds). Sedang kinds of both regimes are listed; the regime setting picks among them.
 */
public record Authority(Set<PunishmentKind> kinds, Refusal refusal, String basis) {

    /** Why the official may not decide (or not this kind). */
    public enum Refusal {
        /** The accused's position kind (or, for a JF, the functional level) is not recorded. */
        POSITION_UNKNOWN,
        /** A structural official needs to know whether the accused is 1 or 2 levels below or a JF in its environment. */
        RELATION_REQUIRED,
        /** The stated relation contradicts the positions (a JF said to be in the structural line, or the reverse, or the distance). */
        RELATION_MISMATCH,
        /** The accused holds a position as high as or higher than the official's. */
        NOT_SUBORDINATE,
        /** A designated JF substitute holds only the 1-level-below power (PP 94/2021 Pasal 22–23 ayat (2)–(3)). */
        SUBSTITUTE_ONE_LEVEL_ONLY,
        /** The official has power over the accused, but not for this kind. */
        KIND_NOT_ALLOWED
    }

    public Authority {
        EnumSet<PunishmentKind> sorted = EnumSet.noneOf(PunishmentKind.class);
        sorted.addAll(kinds);
        kinds = java.util.Collections.unmodifiableSet(sorted);
    }

    static Authority grant(Set<PunishmentKind> kinds, String basis) {
        return new Authority(kinds, null, basis);
    }

    static Authority refuse(Refusal refusal, String basis) {
        return new Authority(Set.of(), refusal, basis);
    }

    public boolean granted() {
        return refusal == null;
    }

    public boolean allows(PunishmentKind kind) {
        return kinds.contains(kind);
    }

    public Set<PunishmentLevel> levels() {
        return kinds.stream().map(PunishmentKind::level).collect(Collectors.toCollection(() -> EnumSet.noneOf(PunishmentLevel.class)));
    }
}
