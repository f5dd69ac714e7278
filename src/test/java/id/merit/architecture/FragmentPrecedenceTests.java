package id.merit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Thymeleaf evaluates {@code th:insert}/{@code th:replace} before {@code th:each} and {@code th:if}/{@code th:unless} on
 * the same element: a loop variable is then unknown to the fragment's arguments (this broke the SKP rating sheet), and a
 * condition does not keep a {@code th:replace} from being evaluated (this broke the oversight report before its ranking
 * existed). Put the loop or the condition on a wrapping {@code th:block}. Checked on the template sources.
 */
class FragmentPrecedenceTests {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^<>]*>", Pattern.DOTALL);

    static List<String> offenders(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = TAG.matcher(html.replaceAll("(?s)<!--.*?-->", ""));
        while (m.find()) {
            String tag = m.group();
            boolean each = tag.contains(" th:each=") || tag.contains("\nth:each=");
            boolean include = tag.matches("(?s).*\\sth:(insert|replace)=.*");
            boolean replaceIf = tag.matches("(?s).*\\sth:replace=.*") && tag.matches("(?s).*\\sth:(if|unless)=.*");
            if (include && each || replaceIf) {
                found.add(tag.replaceAll("\\s+", " ").substring(0, Math.min(120, tag.replaceAll("\\s+", " ").length())));
            }
        }
        return found;
    }

    @Test
    void noLoopOrConditionSharesAnElementWithAFragmentInclusion() throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path t : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                offenders(Files.readString(t)).forEach(o -> all.add(TEMPLATES.relativize(t) + ": " + o));
            }
        }
        assertThat(all).as("th:each with th:insert/th:replace, or th:if/th:unless with th:replace, on one element").isEmpty();
    }

    @Test
    void theCheckFindsBothPatterns() {
        assertThat(offenders("<div class=\"col\" th:each=\"a : ${as}\" th:insert=\"~{f :: x(a=${a})}\"></div>")).hasSize(1);
        assertThat(offenders("<div th:if=\"${r != null}\"\n     th:replace=\"~{f :: x(r=${r})}\"></div>")).hasSize(1);
        assertThat(offenders("<th:block th:each=\"a : ${as}\"><div th:insert=\"~{f :: x(a=${a})}\"></div></th:block>")).isEmpty();
        assertThat(offenders("<div th:if=\"${ok}\" th:insert=\"~{f :: x}\"></div>")).as("an insert under a condition renders, then goes")
                .isEmpty();
    }
}
