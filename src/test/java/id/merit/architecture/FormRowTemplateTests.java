package id.merit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Form fields come from the row fragments of {@code templates/fragments/forms.html} (issue 10 item 5): a page that
 * writes its own label/input/error triple drifts from the others (label wiring, is-invalid, help ids, required mark).
 * Checked on the template sources; a page that must keep its own markup is named below with the reason.
 */
class FormRowTemplateTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Templates allowed to write their own form labels, and why. */
    private static final Map<String, String> ALLOWED = Map.of(
            "login.html", "the sign-in page is rendered before any form object exists and keeps Spring Security's field names");

    private static final Pattern FORM_LABEL = Pattern.compile("<label\\b[^>]*\\bclass=\"[^\"]*\\bform-label\\b[^>]*>");
    private static final Pattern FIELD_ERROR = Pattern.compile("th:errors=|fragments/forms\\s*::\\s*fieldError\\(");

    @Test
    void formLabelsComeFromTheRowFragments() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path t : pages()) {
            String name = TEMPLATES.relativize(t).toString().replace('\\', '/');
            if (!ALLOWED.containsKey(name)) {
                handWrittenLabels(Files.readString(t)).forEach(l -> offenders.add(name + ": " + l));
            }
        }
        assertThat(offenders).as("hand-written form labels: use a row of fragments/forms.html (text, select, date, file ...)")
                .isEmpty();
    }

    @Test
    void noPageWritesALabelWithItsOwnFieldError() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path t : pages()) {
            String name = TEMPLATES.relativize(t).toString().replace('\\', '/');
            if (!ALLOWED.containsKey(name) && labelWithOwnError(Files.readString(t))) {
                offenders.add(name);
            }
        }
        assertThat(offenders).as("pages pairing a hand-written form-label with a hand-written field error").isEmpty();
    }

    @Test
    void theCheckFindsAHandWrittenTriple() {
        String triple = """
                <div class="mb-2">
                  <label for="name" class="form-label" th:text="#{x.name}">Nama</label>
                  <input class="form-control" th:field="*{name}" th:errorclass="is-invalid">
                  <div th:replace="~{fragments/forms :: fieldError('name')}"></div>
                </div>""";
        assertThat(handWrittenLabels(triple)).hasSize(1);
        assertThat(labelWithOwnError(triple)).isTrue();
        assertThat(labelWithOwnError(triple.replace("<div th:replace=\"~{fragments/forms :: fieldError('name')}\"></div>",
                "<div th:errors=\"*{name}\">err</div>"))).isTrue();

        String row = "<div class=\"mb-2\" th:insert=\"~{fragments/forms :: text(field='name', label='x.name')}\"></div>";
        assertThat(handWrittenLabels(row)).isEmpty();
        assertThat(labelWithOwnError(row)).isFalse();
        // a radio group's legend with its error is not a label/input triple the rows cover
        assertThat(handWrittenLabels("<legend class=\"form-label fs-6\">x</legend>")).isEmpty();
    }

    static List<String> handWrittenLabels(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = FORM_LABEL.matcher(html.replaceAll("(?s)<!--.*?-->", ""));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static boolean labelWithOwnError(String html) {
        String code = html.replaceAll("(?s)<!--.*?-->", "");
        return FORM_LABEL.matcher(code).find() && FIELD_ERROR.matcher(code).find();
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            return s.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !TEMPLATES.relativize(p).startsWith("fragments")).sorted().toList();
        }
    }
}
