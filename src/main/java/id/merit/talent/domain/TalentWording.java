package id.merit.talent.domain;

import id.merit.assessment.AssessmentPurpose;
import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.performance.SkpPredicate;
import id.merit.talent.rules.TalentClassifier.Reason;
import id.merit.talent.rules.TalentClassifier.ReasonCode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words the classifier's reasons as sentences from message keys ({@code talent.reason.*}): codes become their labels,
 * dates "10 Juni 2025", scores "67,99" in Indonesian — never a raw code in a sentence.
 */
@Component
public class TalentWording {

    private final MessageSource messages;

    TalentWording(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> reasons(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> sentence(r, locale)).toList();
    }

    public String sentence(Reason reason, Locale locale) {
        String key = "talent.reason." + reason.code().name();
        if (reason.code() == ReasonCode.JPM_BELOW_MINIMUM && reason.args().get(1) == AssessmentPurpose.MAPPING) {
            key += ".MAPPING";
        }
        Object[] args = reason.args().stream().map(a -> arg(a, locale)).toArray();
        return messages.getMessage(key, args, locale);
    }

    private String arg(Object a, Locale locale) {
        if (a instanceof LocalDate d) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(d);
        }
        if (a instanceof BigDecimal b) {
            return decimal(b, locale);
        }
        if (a instanceof SkpPredicate p) {
            return messages.getMessage("talent.predicate." + p.name(), null, locale);
        }
        if (a instanceof AssessmentPurpose p) {
            return messages.getMessage("assessment.purpose." + p.name(), null, locale);
        }
        if (a instanceof PunishmentLevel l) {
            return messages.getMessage("discipline.level." + l.name(), null, locale);
        }
        if (a instanceof PunishmentKind k) {
            return messages.getMessage("discipline.kindName." + k.name(), null, locale);
        }
        return String.valueOf(a); // years, hours and box numbers without grouping
    }

    static String decimal(BigDecimal b, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(2);
        f.setGroupingUsed(false);
        return f.format(b);
    }
}
