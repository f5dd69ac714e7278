package id.merit.discipline.web;

import id.merit.shared.BusinessProblem;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriUtils;

/** Small helpers shared by the discipline controllers. */
final class Web {

    private Web() {
    }

    /** A business refusal as an error on its field (or on the form when it names none). */
    static void reject(BindingResult errors, BusinessProblem p) {
        if (p.field() != null) {
            errors.rejectValue(p.field(), p.messageKey(), p.args(), null);
        } else {
            errors.reject(p.messageKey(), p.args(), null);
        }
    }

    /** The query string that pagination links keep (null values left out). */
    static String query(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !String.valueOf(pairs[i + 1]).isBlank()) {
                m.put(String.valueOf(pairs[i]), pairs[i + 1]);
            }
        }
        StringJoiner q = new StringJoiner("&");
        m.forEach((k, v) -> q.add(k + "=" + UriUtils.encodeQueryParam(String.valueOf(v), StandardCharsets.UTF_8)));
        return q.toString();
    }
}
