package id.merit.dataimport.domain;

import id.merit.dataimport.RowProblem;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders import problems: "Indonesian / English" for the API, the UI language for the page. */
@Component
public class ImportMessages {

    public static final Locale INDONESIAN = new Locale("id");
    private final MessageSource messages;

    public ImportMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String bilingual(RowProblem problem) {
        String id = localized(problem, INDONESIAN);
        String en = localized(problem, Locale.ENGLISH);
        return id.equals(en) ? id : id + " / " + en;
    }

    public String localized(RowProblem problem, Locale locale) {
        Object[] args = problem.args() == null ? new Object[0]
                : Arrays.stream(problem.args()).map(a -> a == null ? "" : a.toString()).toArray();
        return messages.getMessage(problem.messageKey(), args, problem.messageKey(), locale);
    }
}
