package id.merit.system;

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

/** Issue 9 item 8: the README and docs/ stand alone — every link stays inside the repository and leads somewhere. */
class DocsTests {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    @Test
    void readmeAndDocsPointOnlyInsideTheRepository() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path doc : docs()) {
            String text = Files.readString(doc);
            if (text.contains("../shared") || text.contains("shared/domain/") || text.contains("shared/mission")) {
                problems.add(doc + " refers to the project's shared notes, which a clone of Merit does not have");
            }
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("http") || target.startsWith("mailto:")) {
                    continue;
                }
                Path resolved = doc.toAbsolutePath().getParent().resolve(target).normalize();
                if (!resolved.startsWith(Path.of("").toAbsolutePath()) || !Files.exists(resolved)) {
                    problems.add(doc + " links to " + target + ", which is not in the repository");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void rulesAndApiAreDocumented() throws IOException {
        assertThat(Files.readString(Path.of("docs/rules.md"))).contains("PP 94/2021", "Pasal", "administrator");
        assertThat(Files.readString(Path.of("docs/api.md"))).contains("/api/v1/imports/{kind}", "attlog", "problem+json");
    }

    private static List<Path> docs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            List<Path> all = new ArrayList<>(files.filter(p -> p.toString().endsWith(".md")).toList());
            all.add(Path.of("README.md"));
            return all;
        }
    }
}
