package id.merit.discipline.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.web.util.UriUtils;

/** Small helpers shared by the discipline controllers. */
final class Web {

    private Web() {
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
