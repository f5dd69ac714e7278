package id.merit.professionalism.domain;

import id.merit.professionalism.rules.Explanation;
import id.merit.professionalism.rules.IpAsnDimension;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the calculator's explanations (message keys with arguments) into text in a language: Indonesian for the API. */
@Component
public class ExplanationText {
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private final MessageSource messages;

    ExplanationText(MessageSource messages) {
        this.messages = messages;
    }

    public String render(Explanation e, Locale locale) {
        Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        Object[] args = e.args().stream().map(a -> arg(a, l)).toArray();
        return messages.getMessage(e.key(), args, e.key(), l);
    }

    public List<String> render(List<Explanation> lines, Locale locale) {
        return lines.stream().map(e -> render(e, locale)).toList();
    }

    public String missing(IpAsnDimension d, Locale locale) {
        Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        return messages.getMessage("professionalism.missing." + d.name(), null, l);
    }

    public List<String> missing(List<IpAsnDimension> dimensions, Locale locale) {
        return dimensions.stream().map(d -> missing(d, locale)).toList();
    }

    private String arg(Object a, Locale l) {
        if (a instanceof Explanation x) {
            return render(x, l);
        }
        if (a instanceof List<?> list) {
            return list.stream().map(x -> arg(x, l)).collect(Collectors.joining("; "));
        }
        if (a instanceof LocalDate d) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", l).format(d);
        }
        if (a instanceof BigDecimal b) {
            NumberFormat f = NumberFormat.getNumberInstance(l);
            f.setMaximumFractionDigits(2);
            f.setGroupingUsed(false);
            return f.format(b);
        }
        return String.valueOf(a);
    }
}
