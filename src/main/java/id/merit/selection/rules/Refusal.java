package id.merit.selection.rules;

import java.util.List;

/** A refused step: its reason code and the values its sentence names (dates, numbers, states). */
public record Refusal(RoundRefusal reason, List<Object> args) {

    public Refusal {
        args = List.copyOf(args);
    }

    static Refusal of(RoundRefusal reason, Object... args) {
        return new Refusal(reason, List.of(args));
    }

    /** The message key of its sentence. */
    public String key() {
        return "selection.refusal." + reason.name();
    }
}
