package id.merit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import id.merit.MeritApplication;
import id.merit.support.Browser;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Issue 9 item 3: every demo role in a real browser follows every same-origin link its pages show, breadth first,
 * three levels deep from the landing page, and no page may answer 4xx/5xx, show a "??" message key, or show a raw
 * code (an upper-case identifier with an underscore, or the name of one of Merit's enum constants) outside
 * {@code <code>}. Logout, downloads, the language switch and POST actions are not followed. Pages that differ only
 * in an id (another employee, another case) count once, and each role stops after {@link #MAX_PAGES} pages, which
 * keeps the run within a couple of minutes.
 */
class LinkCrawlIT {
    static final int MAX_DEPTH = 3;
    static final int MAX_PAGES = 30;
    static final String PASSWORD = "Merit#Demo2026";
    /** Words an officer reads as words although an enum of Merit spells them the same way. */
    static final Set<String> WORDS = Set.of("PNS", "CPNS", "PPPK", "ASN", "OPD", "UPT", "JPT", "SKP", "BKPSDM", "WIB", "WITA", "WIT");
    static final Pattern UNDERSCORED = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\\b");
    static final Pattern UPPER_WORD = Pattern.compile("\\b[A-Z][A-Z0-9]{3,}\\b");
    /** Paths that download, switch language, leave the UI or end the session. */
    static final Pattern SKIP = Pattern.compile("/logout|[?&]lang=|[?&]format=(xlsx|pdf|csv)|\\.(pdf|xlsx|csv)(\\?|$)|/evidence|/template|"
            + "/export|/swagger-ui|/v3/api-docs|/api/|/webjars/|/actuator");

    static ConfigurableApplicationContext app;
    static Browser browser;
    static Set<String> enumNames;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium is installed by .ci/run (apt-get install chromium)");
        int dbPort;
        try (ServerSocket s = new ServerSocket(0)) {
            dbPort = s.getLocalPort();
        }
        app = new SpringApplicationBuilder(MeritApplication.class).run("--spring.datasource.url=", "--merit.embedded-db.data-dir=",
                "--merit.embedded-db.port=" + dbPort, "--merit.demo.enabled=true", "--merit.admin.password=", "--server.port=0",
                "--merit.demo.asn=300", "--merit.demo.honorary=100");
        browser = new Browser(((WebServerApplicationContext) app).getWebServer().getPort());
        enumNames = meritEnumConstants();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "petugas", "kadinkes", "bupati", "asesor", "pegawai"})
    void everyLinkShownToTheRoleOpensCleanly(String user) {
        long started = System.nanoTime();
        Page page = browser.login(user, PASSWORD);
        String origin = originOf(browser.url("/"));
        Deque<String[]> queue = new ArrayDeque<>();
        Set<String> seenShapes = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        queue.add(new String[] {browser.url("/"), "0", "(landing)"});
        seenShapes.add(shape(browser.url("/")));
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String[] next = queue.poll();
            String url = next[0];
            int depth = Integer.parseInt(next[1]);
            Response response;
            try {
                response = page.navigate(url);
            } catch (PlaywrightException e) {
                continue; // a download started: not a page
            }
            visited++;
            String where = url.substring(origin.length()) + " (linked from " + next[2] + ")";
            if (response == null) {
                continue;
            }
            if (response.status() >= 400) {
                problems.add(response.status() + " " + where);
                continue;
            }
            String type = response.headerValue("content-type");
            if (type == null || !type.startsWith("text/html")) {
                continue;
            }
            String text = (String) page.evaluate(VISIBLE_TEXT);
            if (text.contains("??")) {
                problems.add("message key " + excerpt(text, text.indexOf("??")) + " on " + where);
            }
            for (String code : rawCodes(text)) {
                problems.add("raw code " + code + " on " + where);
            }
            if (depth >= MAX_DEPTH) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) page.evaluate(LINKS);
            for (String href : hrefs) {
                String target = href.replaceAll("#.*$", "");
                if (!target.startsWith(origin) || SKIP.matcher(target).find() || !seenShapes.add(shape(target))) {
                    continue;
                }
                queue.add(new String[] {target, String.valueOf(depth + 1), url.substring(origin.length())});
            }
        }
        page.context().close();
        System.out.printf("LinkCrawlIT %s: %d pages, %d kinds of page seen, %d ms%n", user, visited, seenShapes.size(),
                (System.nanoTime() - started) / 1_000_000);
        assertThat(visited).as("pages visited by " + user).isGreaterThanOrEqualTo(user.equals("asesor") ? 1 : 4);
        assertThat(problems).as(user + " followed " + visited + " pages").isEmpty();
    }

    /** The text a user reads: every text node outside code, scripts and styles (hidden menus and options included). */
    static final String VISIBLE_TEXT = """
            () => {
              const skip = new Set(['CODE', 'PRE', 'KBD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
              const out = [];
              const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
                acceptNode: n => { for (let p = n.parentElement; p; p = p.parentElement) { if (skip.has(p.tagName)) return NodeFilter.FILTER_REJECT; }
                                   return NodeFilter.FILTER_ACCEPT; } });
              while (walk.nextNode()) out.push(walk.currentNode.nodeValue);
              const attrs = [...document.querySelectorAll('[title],[placeholder],[aria-label]')]
                  .flatMap(e => ['title', 'placeholder', 'aria-label'].map(a => e.getAttribute(a) || ''));
              return out.concat(attrs, [document.title]).join(' ');
            }""";

    /** Same-origin links a user can click: no download links, no links inside forms' POST buttons. */
    static final String LINKS = """
            () => [...document.querySelectorAll('a[href]')]
                .filter(a => !a.hasAttribute('download') && a.getAttribute('href') !== '#' && !a.closest('.disabled'))
                .map(a => a.href)""";

    static Set<String> rawCodes(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = UNDERSCORED.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        Matcher w = UPPER_WORD.matcher(text);
        while (w.find()) {
            if (enumNames.contains(w.group()) && !WORDS.contains(w.group())) {
                found.add(w.group());
            }
        }
        if (text.contains("∅ →")) {
            found.add("∅ → …");
        }
        return found;
    }

    /**
     * One visit per kind of page: ids, NIPs, years and OPD codes (a segment of digits or capitals after the first)
     * become '#', query values are dropped (names kept).
     */
    static String shape(String url) {
        URI u = URI.create(url);
        String path = u.getPath().replaceAll("(?<=.)/[A-Z0-9][A-Z0-9._-]*(?=/|$)", "/#");
        Set<String> keys = new TreeSet<>();
        if (u.getQuery() != null) {
            for (String pair : u.getQuery().split("&")) {
                keys.add(pair.split("=", 2)[0]);
            }
        }
        return path + keys;
    }

    static String originOf(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getAuthority();
    }

    static String excerpt(String text, int at) {
        return "\"" + text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 40)).replaceAll("\\s+", " ").trim() + "\"";
    }

    /** The constant names of every enum in id.merit (e.g. OPENED, DEFAULT), which a page must never show raw. */
    static Set<String> meritEnumConstants() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition d) {
                return true;
            }
        };
        scan.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        Set<String> names = new TreeSet<>();
        for (var d : scan.findCandidateComponents("id.merit")) {
            Class<?> c = Class.forName(d.getBeanClassName());
            if (c.isEnum()) {
                for (Object constant : c.getEnumConstants()) {
                    names.add(((Enum<?>) constant).name());
                }
            }
        }
        return names;
    }
}
