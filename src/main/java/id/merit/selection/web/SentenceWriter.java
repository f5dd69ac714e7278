package id.merit.selection.web;

import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.performance.SkpPredicate;
import id.merit.selection.rules.Eligibility;
import id.merit.selection.rules.Failure;
import id.merit.selection.rules.Sentence;
import id.merit.shared.Formats;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the rules' sentences in the current language: codes through their labels (never the raw code), dates as
 * "1 Maret 2026" (Formats.msg).
 */
@Component
class SentenceWriter {
    private final Formats fmt;
    private final MessageSource messages;

    SentenceWriter(Formats fmt, MessageSource messages) {
        this.fmt = fmt;
        this.messages = messages;
    }

    List<String> sentences(Eligibility e) {
        return e.failures().stream().flatMap(f -> f.sentences().stream()).map(this::write).toList();
    }

    List<String> sentences(Failure f) {
        return f.sentences().stream().map(this::write).toList();
    }

    /** A stored sentence: its key and arguments (labels already resolvable, dates as dates). */
    String write(String key, Object[] args) {
        return fmt.msg(key, args);
    }

    String write(Sentence s) {
        Object[] args = s.args().stream().map(this::arg).toArray();
        return fmt.msg(s.key(), args);
    }

    private Object arg(Object a) {
        String key = a instanceof EmployeeType t ? "employeeType." + t.name()
                : a instanceof PositionKind k ? "positionKind." + k.name()
                : a instanceof PositionLevel l ? "positionLevel." + l.name()
                : a instanceof PunishmentLevel pl ? "discipline.level." + pl.name()
                : a instanceof SkpPredicate p ? "selection.predicate." + p.name()
                : null;
        return key == null ? a : messages.getMessage(key, null, ((Enum<?>) a).name(), LocaleContextHolder.getLocale());
    }
}
