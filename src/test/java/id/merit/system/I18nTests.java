package id.merit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every visible string is a message key (conventions.md, Web): Indonesian and English bundles hold the same keys,
 * every literal key used in a template exists, and templates carry no hard-coded text outside th:text.
 */
class I18nTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Text that is the same in every language: the product name, language names in their own language, symbols. */
    private static final Set<String> LANGUAGE_NEUTRAL = Set.of("Merit", "Bahasa Indonesia", "English", "ID", "EN", "·", "—", "→",
            "∅", "×", "%", "km", "NIP", "OPD", "JP", "PDF", "XLSX", "CSV");

    @Test
    void indonesianAndEnglishBundlesHaveTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path id : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path en = I18N.resolve(id.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(en).as("English bundle for " + id).exists();
                Set<String> idKeys = load(id).stringPropertyNames();
                Set<String> enKeys = load(en).stringPropertyNames();
                assertThat(new TreeSet<>(enKeys)).as("keys of " + en + " vs " + id).isEqualTo(new TreeSet<>(idKeys));
            }
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().contains("_")).sorted().toList()) {
                for (String k : load(f).stringPropertyNames()) {
                    if (!seen.add(k)) {
                        twice.add(k + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(twice).as("keys defined in more than one bundle").isEmpty();
    }

    @Test
    void everyLiteralKeyInTemplatesExists() throws IOException {
        Set<String> keys = allKeys();
        Pattern literal = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9_])(?:\\(|})");
        List<String> missing = new ArrayList<>();
        for (Path t : templates()) {
            Matcher m = literal.matcher(Files.readString(t));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(t) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but not defined").isEmpty();
    }

    @Test
    void everyKeyPassedToAFormRowExists() throws IOException {
        // fragments/forms.html rows take their label, help, empty option and placeholder as message keys in parameters
        Set<String> keys = allKeys();
        Pattern param = Pattern.compile("(?<=[(,\\s])(?:label|help|empty|placeholder)='([A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9_])'");
        List<String> missing = new ArrayList<>();
        for (Path t : templates()) {
            Matcher m = param.matcher(Files.readString(t));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(t) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("message keys passed to form rows but not defined").isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        // text between tags whose opening tag does not replace its body (th:text / th:utext / sec:authentication)
        Pattern text = Pattern.compile("<([a-zA-Z][^<>]*)>([^<>]*[\\p{L}][^<>]*)<");
        List<String> offenders = new ArrayList<>();
        for (Path t : templates()) {
            String html = Files.readString(t).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<style.*?</style>", "").replaceAll("(?s)<title[^>]*>.*?</title>", "");
            Matcher m = text.matcher(html);
            while (m.find()) {
                String tag = m.group(1);
                String body = m.group(2).trim();
                if (body.isEmpty() || tag.contains("th:text") || tag.contains("th:utext") || tag.contains("th:errors") || tag.contains("sec:authentication")
                        || tag.contains("th:replace") || tag.startsWith("/") || LANGUAGE_NEUTRAL.contains(body)) {
                    continue;
                }
                offenders.add(TEMPLATES.relativize(t) + ": <" + tag.split("\\s")[0] + ">" + body);
            }
        }
        assertThat(offenders).as("hard-coded text in templates (use th:text with a message key)").isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            files.filter(p -> !p.getFileName().toString().contains("_")).forEach(p -> keys.addAll(load(p).stringPropertyNames()));
        }
        return keys;
    }

    private static Properties load(Path p) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }
}
