package id.merit.attendance.domain.punches;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** interchange.md §2 "ZKTeco attlog": what a line may look like and how a bad one is reported. */
class AttlogParserTests {

    record Punch(long line, String pin, LocalDateTime at) {
    }

    record Reject(long line, String field, String key) {
    }

    static final class Collector implements AttlogParser.Sink {
        final List<Punch> punches = new ArrayList<>();
        final List<Reject> rejects = new ArrayList<>();

        @Override
        public void punch(long line, String pin, LocalDateTime at) {
            punches.add(new Punch(line, pin, at));
        }

        @Override
        public void reject(long line, String field, String messageKey) {
            rejects.add(new Reject(line, field, messageKey));
        }
    }

    private static Collector parse(String text) throws IOException {
        return parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Collector parse(InputStream in) throws IOException {
        Collector c = new Collector();
        AttlogParser.parse(in, c);
        return c;
    }

    private static LocalDateTime ts(String s) {
        return LocalDateTime.parse(s.replace(' ', 'T'));
    }

    @Test
    void devicePushFormatWithTenColumns() throws IOException {
        Collector c = parse("11\t2025-08-27 10:57:49\t0\t25\t0\t0\t0\t0\t0\t0\n");
        assertThat(c.rejects).isEmpty();
        assertThat(c.punches).containsExactly(new Punch(1, "11", ts("2025-08-27 10:57:49")));
    }

    @Test
    void onlyPinAndTimestamp() throws IOException {
        Collector c = parse("7\t2025-01-02 07:21:33");
        assertThat(c.rejects).isEmpty();
        assertThat(c.punches).containsExactly(new Punch(1, "7", ts("2025-01-02 07:21:33")));
    }

    @Test
    void usbExportWithLeadingSpacesAndEmptyOptionalColumns() throws IOException {
        Collector c = parse("        1\t2016-08-11 10:36:28\t1\t0\t1\t0\n     1024\t2016-08-11 16:02:00\t\t\t\t\n");
        assertThat(c.rejects).isEmpty();
        assertThat(c.punches).containsExactly(new Punch(1, "1", ts("2016-08-11 10:36:28")),
                new Punch(2, "1024", ts("2016-08-11 16:02:00")));
    }

    @Test
    void windowsLineEndsAndBlankLinesKeepLineNumbers() throws IOException {
        Collector c = parse("\uFEFF1\t2025-01-02 07:21:33\t1\r\n\r\n   \r\n2\t2025-01-02 07:22:00\r\n\n3\t2025-01-02 07:23:00\r\n");
        assertThat(c.rejects).isEmpty();
        assertThat(c.punches).extracting(Punch::line).containsExactly(1L, 4L, 6L);
        assertThat(c.punches).extracting(Punch::pin).containsExactly("1", "2", "3");
    }

    @ParameterizedTest(name = "line ''{0}'' -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "42|timestamp|attendance.attlog.shortLine",                                     // PIN only
            "42\t|timestamp|attendance.attlog.shortLine",                                   // empty timestamp
            "42 2025-01-02 07:21:33|timestamp|attendance.attlog.shortLine",                 // space, not tab
            "42\t2025-01-02|timestamp|attendance.attlog.badTimestamp",                      // date only
            "42\t2025-02-30 07:21:33|timestamp|attendance.attlog.badTimestamp",             // 30 February
            "42\t2025-01-02 24:00:00|timestamp|attendance.attlog.badTimestamp",
            "42\t2025-01-02T07:21:33|timestamp|attendance.attlog.badTimestamp",
            "42\t02/01/2025 07:21:33|timestamp|attendance.attlog.badTimestamp",
            "42\t2025-1-2 7:21:33|timestamp|attendance.attlog.badTimestamp",
            "42\t0000-01-02 07:21:33|timestamp|attendance.attlog.badTimestamp",             // year 0
            "42\t1899-12-31 23:59:59|timestamp|attendance.attlog.badTimestamp",             // before 1900
            "42\t2101-01-01 00:00:00|timestamp|attendance.attlog.badTimestamp",             // after 2100
            "'\t2025-01-02 07:21:33'|pin|attendance.attlog.badPin",
            "4#2\t2025-01-02 07:21:33|pin|attendance.attlog.badPin",
            "1\t2025-01-02 07:21:33\t1\t2\t3\t4\t5\t6\t7\t8\t9|null|attendance.attlog.tooManyColumns",
    })
    void badLinesAreRejectedWithTheirLineNumber(String line, String field, String key) throws IOException {
        Collector c = parse("1\t2025-01-02 07:00:00\n" + line + "\n3\t2025-01-02 07:00:00\n");
        assertThat(c.punches).extracting(Punch::line).containsExactly(1L, 3L);
        assertThat(c.rejects).containsExactly(new Reject(2, "null".equals(field) ? null : field, key));
    }

    @Test
    void theFirstAndLastStorableSecondsAreAccepted() throws IOException {
        Collector c = parse("1\t1900-01-01 00:00:00\n2\t2100-12-31 23:59:59\n");
        assertThat(c.rejects).isEmpty();
        assertThat(c.punches).extracting(Punch::pin).containsExactly("1", "2");
    }

    @Test
    void tenColumnsWithTrailingTabsAreStillTen() throws IOException {
        Collector c = parse("1\t2025-01-02 07:21:33\t1\t2\t3\t4\t5\t6\t7\t8\t\t\n");
        assertThat(c.rejects).isEmpty();
        assertThat(c.punches).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"007, 7", "0, 0", "000, 0", "10, 10", "A07, A07", "0A7, 0A7"})
    void numericPinsLoseLeadingZeros(String raw, String canonical) {
        assertThat(AttlogParser.canonicalPin(raw)).isEqualTo(canonical);
    }

    @Test
    void streamsLinesSpanningReadBuffers() throws IOException {
        StringBuilder sb = new StringBuilder();
        int lines = 30_000;
        for (int i = 1; i <= lines; i++) {
            sb.append("   ").append(i).append('\t').append("2025-03-").append(String.format("%02d", i % 28 + 1))
                    .append(" 07:").append(String.format("%02d", i % 60)).append(":00\t1\t0\r\n");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.US_ASCII);
        // a stream that hands out odd-sized pieces, so lines straddle every read
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 997));
            }
        };
        Collector c = parse(trickle);
        assertThat(c.rejects).isEmpty();
        assertThat(c.punches).hasSize(lines);
        assertThat(c.punches.get(lines - 1)).isEqualTo(new Punch(lines, String.valueOf(lines), ts("2025-03-" + String.format("%02d", lines % 28 + 1) + " 07:00:00")));
    }
}
