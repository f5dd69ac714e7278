package id.merit.performance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The yearly evaluation of honorary (non-ASN) staff (issue 12 item 4, seed 000): what makes a form complete, when the
 * PPPK Paruh Waktu note applies, and the UU 20/2023 Pasal 66 check on the date a non-ASN was taken on. Plain Java:
 * refusals come back as data (field and message key), nothing is thrown.
 *
 * <p>No national regulation prescribes the form of this evaluation: PermenPANRB 6/2022 (SKP) binds ASN only, and the
 * contract of an honorary staff member is governed by the regent's regulation (rules-defaults.md, "non-ASN"). The
 * required reasons and the {@code CONTINUE} consistency check are Merit's defaults, documented in docs/rules.md.
 */
public final class HonoraryEvaluationPolicy {

    /**
     * UU 20/2023 was signed and promulgated on 31 October 2023; Pasal 66: "sejak Undang-Undang ini mulai berlaku
     * Instansi Pemerintah dilarang mengangkat pegawai non-ASN". A non-ASN whose first position starts after this day was
     * taken on after the ban (regulations.md §8.1).
     */
    public static final LocalDate NON_ASN_BAN = LocalDate.of(2023, 10, 31);
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 4;
    /** The lowest score ("Sangat kurang"): a plain CONTINUE is refused when duties or conduct got it. */
    public static final int VERY_POOR = 1;
    /** Reasons must say something: at least this many characters once trimmed. */
    public static final int MIN_REASONS = 10;
    public static final int MAX_REASONS = 2000;
    public static final int MAX_NOTES = 2000;
    /** The recommendation a very poor score does not allow without coaching (when the instance lists it). */
    public static final String CONTINUE = "CONTINUE";

    private HonoraryEvaluationPolicy() {
    }

    /** What the evaluator entered; scores 1-4 (null = not chosen), the recommendation's code, the skill codes ticked. */
    public record Input(Integer duties, Integer conduct, String recommendation, String reasons, Collection<String> competencies,
                        String notes) {
    }

    /** One reason the form cannot be saved: the form field and the message key. */
    public record Refusal(String field, String code) {
    }

    /**
     * The refusals of a form, in field order; empty = it may be saved. {@code recommendations} and {@code skills} are the
     * configured code lists (merit.honorary.recommendations, merit.honorary.skills).
     */
    public static List<Refusal> check(Input in, Collection<String> recommendations, Collection<String> skills) {
        List<Refusal> out = new ArrayList<>();
        if (!validScore(in.duties())) {
            out.add(new Refusal("duties", "honorary.error.score"));
        }
        if (!validScore(in.conduct())) {
            out.add(new Refusal("conduct", "honorary.error.score"));
        }
        if (in.competencies() != null && !skills.containsAll(in.competencies())) {
            out.add(new Refusal("competencies", "honorary.error.skill"));
        }
        if (in.notes() != null && in.notes().length() > MAX_NOTES) {
            out.add(new Refusal("dutiesNotes", "honorary.error.tooLong"));
        }
        String rec = in.recommendation() == null ? "" : in.recommendation().strip();
        if (rec.isEmpty()) {
            out.add(new Refusal("recommendation", "honorary.error.recommendation.required"));
        } else if (!recommendations.contains(rec)) {
            out.add(new Refusal("recommendation", "honorary.error.recommendation.unknown"));
        } else if (CONTINUE.equals(rec) && (isVeryPoor(in.duties()) || isVeryPoor(in.conduct()))) {
            out.add(new Refusal("recommendation", "honorary.error.recommendation.veryPoor"));
        }
        String reasons = in.reasons() == null ? "" : in.reasons().strip();
        if (reasons.isEmpty()) {
            out.add(new Refusal("reasons", "honorary.error.reasons.required"));
        } else if (reasons.length() < MIN_REASONS) {
            out.add(new Refusal("reasons", "honorary.error.reasons.short"));
        } else if (reasons.length() > MAX_REASONS) {
            out.add(new Refusal("reasons", "honorary.error.tooLong"));
        }
        return out;
    }

    /**
     * PPPK Paruh Waktu (KepmenPANRB 16/2025, regulations.md §8.1) is for non-ASN who are in BKN's non-ASN database
     * (pendataan non-ASN) and took the 2024 CPNS/PPPK selection but were not placed: both must hold for the note.
     */
    public static boolean pppkParuhWaktuApplies(boolean inBknDatabase, boolean tookSelection2024) {
        return inBknDatabase && tookSelection2024;
    }

    /** UU 20/2023 Pasal 66: taken on (first position start) after 31 October 2023. Unknown start = not flagged. */
    public static boolean takenOnAfterBan(LocalDate firstPositionStart) {
        return firstPositionStart != null && firstPositionStart.isAfter(NON_ASN_BAN);
    }

    private static boolean validScore(Integer s) {
        return s != null && s >= MIN_SCORE && s <= MAX_SCORE;
    }

    private static boolean isVeryPoor(Integer s) {
        return s != null && s == VERY_POOR;
    }
}
