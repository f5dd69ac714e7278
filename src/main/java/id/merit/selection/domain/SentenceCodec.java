package id.merit.selection.domain;

import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.performance.SkpPredicate;
import id.merit.selection.rules.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps an eligibility sentence as one text: its message key, then its arguments, separated by U+001F; each argument
 * starts with its type: {@code m} a message key (a code's label, so the stored sentence is written in the reader's
 * language), {@code d} an ISO date, {@code n} an integer, {@code s} text.
 */
public final class SentenceCodec {
    static final char SEP = '\u001f';

    private SentenceCodec() {
    }

    /** A stored sentence: its key and its arguments, message keys as {@link Label}. */
    public record Decoded(String key, List<Object> args) {
    }

    /** A code's label to be looked up in the messages. */
    public record Label(String key) {
    }

    public static String encode(Sentence s) {
        StringBuilder b = new StringBuilder(s.key());
        for (Object a : s.args()) {
            b.append(SEP).append(arg(a));
        }
        return b.toString();
    }

    private static String arg(Object a) {
        if (a instanceof Enum<?> e) {
            String prefix = e instanceof EmployeeType ? "employeeType." : e instanceof PositionKind ? "positionKind."
                    : e instanceof PositionLevel ? "positionLevel." : e instanceof PunishmentLevel ? "discipline.level."
                    : e instanceof SkpPredicate ? "selection.predicate." : null;
            return prefix == null ? "s" + e.name() : "m" + prefix + e.name();
        }
        if (a instanceof LocalDate d) {
            return "d" + d;
        }
        if (a instanceof Integer || a instanceof Long) {
            return "n" + a;
        }
        return "s" + (a == null ? "" : String.valueOf(a).replace(SEP, ' '));
    }

    public static Decoded decode(String stored) {
        String[] parts = stored.split(String.valueOf(SEP), -1);
        List<Object> args = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            String v = p.isEmpty() ? "" : p.substring(1);
            args.add(p.isEmpty() ? "" : switch (p.charAt(0)) {
                case 'm' -> new Label(v);
                case 'd' -> LocalDate.parse(v);
                case 'n' -> Long.parseLong(v);
                default -> v;
            });
        }
        return new Decoded(parts[0], args);
    }
}
