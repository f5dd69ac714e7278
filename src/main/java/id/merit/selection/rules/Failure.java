package id.merit.selection.rules;

import java.util.List;

/** A failed condition with the sentences that name the records behind it (at least one). */
public record Failure(EligibilityReason reason, List<Sentence> sentences) {

    public Failure {
        sentences = List.copyOf(sentences);
    }
}
