package id.merit.discipline;

import java.util.Arrays;
import java.util.List;

/** Tingkat hukuman disiplin, lightest first (PP 94/2021 Pasal 8 ayat (1)). */
public enum PunishmentLevel {
    RINGAN, SEDANG, BERAT;

    /** Every kind of this level, under either sedang regime, lightest first. */
    public List<PunishmentKind> kinds() {
        return Arrays.stream(PunishmentKind.values()).filter(k -> k.level() == this).toList();
    }
}
