package id.merit.shared;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one way Merit writes dates, times and numbers on its pages ({@code ${@fmt.date(d)}} in every template):
 * dates as "4 Desember 2026" or "04-12-2026", times in the instance's zone ({@code merit.time-zone}) with its
 * Indonesian abbreviation (WIB, WITA, WIT), years without a thousands separator, counts with the locale's
 * grouping ("3.000" in Indonesian, "3,000" in English).
 * <p>Declared as a (method-less) {@code @ControllerAdvice} named {@code fmt} rather than a plain component so that
 * {@code @WebMvcTest} slices load it with the controllers whose pages use it.
 */
@ControllerAdvice(name = "fmt")
public class Formats {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId configured;
    private final InstanceZone instance;
    private final MessageSource messages;

    public Formats(String zone, MessageSource messages) {
        this(zone, messages, java.util.Optional::empty);
    }

    /** The instance profile's zone wins when an administrator has set one; otherwise {@code merit.time-zone}. */
    @org.springframework.beans.factory.annotation.Autowired
    public Formats(@Value("${merit.time-zone:Asia/Jakarta}") String zone, MessageSource messages,
                   org.springframework.beans.factory.ObjectProvider<InstanceZone> instance) {
        this(zone, messages, instance.getIfAvailable(() -> java.util.Optional::empty));
    }

    Formats(String zone, MessageSource messages, InstanceZone instance) {
        this.configured = ZoneId.of(zone);
        this.instance = instance;
        this.messages = messages;
    }

    /** "4 Desember 2026" (Indonesian) or "4 December 2026" (English). */
    public String date(TemporalAccessor d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(local(d));
    }

    /** "Jumat, 4 Desember 2026". */
    public String dayDate(TemporalAccessor d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale()).format(local(d));
    }

    /** "04-12-2026", for tables. */
    public String shortDate(TemporalAccessor d) {
        return d == null ? "" : SHORT.format(local(d));
    }

    /** "04-12-2026 10:15 WIB": the moment in the instance's time zone. */
    public String dateTime(TemporalAccessor t) {
        if (t == null) {
            return "";
        }
        ZonedDateTime z = zoned(t);
        return SHORT.format(z) + " " + TIME.format(z) + " " + zoneName();
    }

    /** WIB, WITA or WIT for Indonesia's three zones, otherwise the zone's id. */
    public String zoneName() {
        ZoneId zone = zone();
        int hours = zone.getRules().getOffset(Instant.now()).getTotalSeconds() / 3600;
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> hours == 7 ? "WIB" : hours == 8 ? "WITA" : hours == 9 ? "WIT" : zone.getId();
        };
    }

    /** 3000 → "3.000" (Indonesian) / "3,000" (English). */
    public String number(Number n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** 2.456 → "2,5" (Indonesian) / "2.5" (English) with the given number of decimals. */
    public String decimal(Number n, int decimals) {
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(n);
    }

    /**
     * A message whose arguments may come as nothing, one value, an array or a list (flash attributes do all four);
     * a date argument is written as "4 Desember 2026".
     */
    public String msg(String key, Object args) {
        Object[] a = args == null ? new Object[0]
                : args instanceof Object[] arr ? arr.clone()
                : args instanceof Collection<?> c ? c.toArray()
                : new Object[] {args};
        for (int i = 0; i < a.length; i++) {
            if (a[i] instanceof LocalDate d) {
                a[i] = date(d); // never the ISO form in a sentence
            }
        }
        return messages.getMessage(key, a, "??" + key + "??", locale());
    }

    /** Audit fields whose values are codes with a label: field → message key prefix. */
    private static final Map<String, String> CODE_LABELS = Map.ofEntries(
            Map.entry("stage", "discipline.stage."), Map.entry("expectedLevel", "discipline.level."),
            Map.entry("official", "discipline.official."), Map.entry("sanction", "discipline.kind."),
            Map.entry("kind", "opdKind."), Map.entry("employeeType", "employeeType."), Map.entry("gender", "gender."),
            Map.entry("positionKind", "positionKind."), Map.entry("positionLevel", "positionLevel."), Map.entry("role", "role."));
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

    /**
     * An audited value in words: a code through its label ({@code stage} OPENED → "Dibuka", {@code sanction}
     * "TUKIN_CUT 6" → "Pemotongan tunjangan kinerja 25% selama 6 bulan"), an ISO date as "4 Desember 2026",
     * true/false as Ya/Tidak, nothing as "—".
     */
    public String auditValue(String field, Object value) {
        if (value == null || "".equals(value)) {
            return "—";
        }
        String v = String.valueOf(value);
        if (value instanceof Boolean b) {
            return label(b ? "common.yes" : "common.no", v);
        }
        if (ISO_DATE.matcher(v).matches()) {
            return date(LocalDate.parse(v));
        }
        String prefix = CODE_LABELS.get(field);
        if (prefix == null) {
            return v;
        }
        String[] codeAndMonths = v.split(" ", 2);
        return messages.getMessage(prefix + codeAndMonths[0], codeAndMonths.length > 1 ? new Object[] {codeAndMonths[1]} : null,
                v, locale());
    }

    /** A summary such as "OPENED → SUMMONED" with every code that has a stage, level or kind label written in words. */
    public String auditSummary(String summary) {
        if (summary == null) {
            return "";
        }
        Matcher m = CODE.matcher(summary.replace("∅", "—"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String code = m.group();
            String word = null;
            for (String prefix : List.of("discipline.stage.", "discipline.level.", "discipline.kind.")) {
                word = word != null ? word : messages.getMessage(prefix + code, new Object[] {"…"}, null, locale());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(word == null ? code : word));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The label of an audited field ({@code audit.field.<name>}), or the name itself. */
    public String auditField(String field) {
        return label("audit.field." + field, field);
    }

    private String label(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale());
    }

    public ZoneId zone() {
        return instance.zone().orElse(configured);
    }

    private TemporalAccessor local(TemporalAccessor d) {
        return d instanceof LocalDate || d instanceof LocalDateTime ? d : zoned(d);
    }

    private ZonedDateTime zoned(TemporalAccessor t) {
        if (t instanceof Instant i) {
            return i.atZone(zone());
        }
        if (t instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone());
        }
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone());
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(zone());
        }
        return LocalDate.from(t).atStartOfDay(zone());
    }

    private static Locale locale() {
        Locale l = LocaleContextHolder.getLocale();
        return "en".equals(l.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }

    /** A stored decimal without its trailing zeros (80.00 → 80, 78.50 → 78.5), for numbers an officer typed. */
    public static java.math.BigDecimal plain(java.math.BigDecimal stored) {
        java.math.BigDecimal b = stored.stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }
}
