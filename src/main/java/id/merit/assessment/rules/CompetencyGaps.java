package id.merit.assessment.rules;

import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.orgunit.Competencies;
import java.util.ArrayList;
import java.util.List;

/**
 * The gap per competency between the level a post requires and the level an assessment found (PermenPANRB 38/2017 on
 * the standar kompetensi jabatan: eight managerial competencies, one socio-cultural — perekat bangsa — and the
 * technical ones, each on levels 1–5; regulations.md §7), and the development suggestions for each gap.
 *
 * <p><b>Required level.</b> The post's own level where the post catalogue sets one ({@link Source#POST}); otherwise the
 * typical level of the position kind (regulations.md §7.3 — JPT Pratama 4, Administrator 3, Pengawas 2, Pelaksana 1;
 * JF Ahli Utama 4, Ahli Madya 3, Ahli Muda 2, Ahli Pertama 1) for the managerial and socio-cultural competencies
 * ({@link Source#STANDARD}). Merit's defaults where §7.3 says nothing: JF skill levels (Penyelia, Mahir, Terampil,
 * Pemula) 1 like Pelaksana; the technical competency only from the post (it is set per jabatan by the instansi), so
 * without one there is no technical gap ({@link Status#NO_STANDARD}).
 *
 * <p><b>Gap</b> = required − assessed: ≤ 0 {@link Status#MEETS}; &gt; 0 {@link Status#GAP} with the suggestions of
 * {@link #suggestions}; no assessed level {@link Status#NOT_ASSESSED}.
 *
 * <p><b>Suggestions</b> (Merit's defaults, no statutory table; the kinds are the classical and non-classical forms of
 * pengembangan kompetensi of PP 11/2017 Ps 203–212): interpersonal and character competencies (integrity, cooperation,
 * communication, public service, perekat bangsa) are built by coaching/mentoring first; results and leadership
 * competencies (results orientation, developing self and others, managing change, decision making) by an assignment on
 * the job first; the technical competency by self-learning first. A gap of two adds classical training; a gap of three
 * or more is classical training plus a review of the placement (technical: plus an assignment/internship).
 */
public final class CompetencyGaps {

    /** The ten competencies of PermenPANRB 38/2017 in the order of the standard. */
    public enum Competency {
        INTEGRITY, COOPERATION, COMMUNICATION, RESULTS, PUBLIC_SERVICE, DEVELOPING_OTHERS, MANAGING_CHANGE, DECISION_MAKING,
        SOCIO_CULTURAL, TECHNICAL;

        public Integer of(Competencies c) {
            return switch (this) {
                case INTEGRITY -> c.integrity();
                case COOPERATION -> c.cooperation();
                case COMMUNICATION -> c.communication();
                case RESULTS -> c.results();
                case PUBLIC_SERVICE -> c.publicService();
                case DEVELOPING_OTHERS -> c.developingOthers();
                case MANAGING_CHANGE -> c.managingChange();
                case DECISION_MAKING -> c.decisionMaking();
                case SOCIO_CULTURAL -> c.socioCultural();
                case TECHNICAL -> c.technical();
            };
        }

        /** The eight managerial competencies (not socio-cultural, not technical). */
        public boolean managerial() {
            return this != SOCIO_CULTURAL && this != TECHNICAL;
        }
    }

    /** Where the required level came from. */
    public enum Source { POST, STANDARD, NONE }

    public enum Status { MEETS, GAP, NOT_ASSESSED, NO_STANDARD }

    /** A development suggestion (PP 11/2017 Ps 203–212 forms of competency development). */
    public enum Suggestion { SELF_LEARNING, COACHING_MENTORING, ASSIGNMENT, TRAINING, PLACEMENT_REVIEW }

    /** One competency's row: {@code required}/{@code assessed} null when unknown; {@code gap} 0 unless both are known. */
    public record Gap(Competency competency, Integer required, Source source, Integer assessed, int gap, Status status,
                      List<Suggestion> suggestions) {
    }

    private CompetencyGaps() {
    }

    /**
     * The typical managerial level of a position kind (regulations.md §7.3); {@code level} only matters for FUNGSIONAL.
     * Null when the kind is unknown.
     */
    public static Integer standardLevel(PositionKind kind, PositionLevel level) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case JPT_PRATAMA -> 4;
            case ADMINISTRATOR -> 3;
            case PENGAWAS -> 2;
            case PELAKSANA -> 1;
            case FUNGSIONAL -> level == null ? null : switch (level) {
                case AHLI_UTAMA -> 4;
                case AHLI_MADYA -> 3;
                case AHLI_MUDA -> 2;
                case AHLI_PERTAMA -> 1;
                // Merit's default: the skill levels like Pelaksana
                case PENYELIA, MAHIR, TERAMPIL, PEMULA -> 1;
            };
        };
    }

    /** Merit's default table: competency × gap size → suggestions; empty for a gap ≤ 0. */
    public static List<Suggestion> suggestions(Competency competency, int gap) {
        if (gap <= 0) {
            return List.of();
        }
        int size = Math.min(gap, 3);
        return switch (competency) {
            case INTEGRITY, COOPERATION, COMMUNICATION, PUBLIC_SERVICE, SOCIO_CULTURAL -> switch (size) {
                case 1 -> List.of(Suggestion.COACHING_MENTORING);
                case 2 -> List.of(Suggestion.COACHING_MENTORING, Suggestion.TRAINING);
                default -> List.of(Suggestion.TRAINING, Suggestion.PLACEMENT_REVIEW);
            };
            case RESULTS, DEVELOPING_OTHERS, MANAGING_CHANGE, DECISION_MAKING -> switch (size) {
                case 1 -> List.of(Suggestion.ASSIGNMENT);
                case 2 -> List.of(Suggestion.ASSIGNMENT, Suggestion.TRAINING);
                default -> List.of(Suggestion.TRAINING, Suggestion.PLACEMENT_REVIEW);
            };
            case TECHNICAL -> switch (size) {
                case 1 -> List.of(Suggestion.SELF_LEARNING);
                case 2 -> List.of(Suggestion.TRAINING);
                default -> List.of(Suggestion.TRAINING, Suggestion.ASSIGNMENT);
            };
        };
    }

    /**
     * Every competency's row. {@code post} the post's required levels (null or {@link Competencies#NONE} when no post is
     * linked), {@code kind}/{@code level} the position for the standard levels, {@code assessed} the assessment's levels.
     */
    public static List<Gap> gaps(Competencies post, PositionKind kind, PositionLevel level, Competencies assessed) {
        Competencies required = post == null ? Competencies.NONE : post;
        Competencies found = assessed == null ? Competencies.NONE : assessed;
        Integer standard = standardLevel(kind, level);
        List<Gap> out = new ArrayList<>(Competency.values().length);
        for (Competency c : Competency.values()) {
            Integer req = c.of(required);
            Source source = Source.POST;
            if (req == null) {
                req = c == Competency.TECHNICAL ? null : standard;
                source = req == null ? Source.NONE : Source.STANDARD;
            }
            Integer got = c.of(found);
            if (req == null) {
                out.add(new Gap(c, null, Source.NONE, got, 0, Status.NO_STANDARD, List.of()));
            } else if (got == null) {
                out.add(new Gap(c, req, source, null, 0, Status.NOT_ASSESSED, List.of()));
            } else {
                int gap = req - got;
                out.add(new Gap(c, req, source, got, gap, gap > 0 ? Status.GAP : Status.MEETS, suggestions(c, gap)));
            }
        }
        return List.copyOf(out);
    }
}
