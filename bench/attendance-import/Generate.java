import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates a realistic regency for the attendance import benchmark (deterministic, seed 2026):
 * 40 OPDs, N staff (50% PNS with valid NIPs, 10% PPPK, 40% honorary), the 2025 national holidays and cuti bersama,
 * one device-users row per employee, and a ZKTeco USB export (attlog.dat, CRLF) of one year: on every working day
 * ~97.5% of staff come (check-in around 07:20, check-out after the end of the day, some late, some early, 2% forget
 * to check out, 3% press twice, 7% go out for lunch and back), a few punch on weekends and holidays.
 *
 * Usage: java Generate.java OUT_DIR [STAFF=10000] [YEAR=2025] [DEVICE_SN=BENCH-SN-1]
 */
public class Generate {
    static final String[][] HOLIDAYS_2025 = {
            {"2025-01-01", "Tahun Baru 2025 Masehi"}, {"2025-01-27", "Isra Mikraj Nabi Muhammad SAW"},
            {"2025-01-28", "Cuti Bersama Tahun Baru Imlek"}, {"2025-01-29", "Tahun Baru Imlek 2576 Kongzili"},
            {"2025-03-28", "Cuti Bersama Hari Suci Nyepi"}, {"2025-03-29", "Hari Suci Nyepi Tahun Baru Saka 1947"},
            {"2025-03-31", "Hari Raya Idul Fitri 1446 H"}, {"2025-04-01", "Hari Raya Idul Fitri 1446 H"},
            {"2025-04-02", "Cuti Bersama Idul Fitri"}, {"2025-04-03", "Cuti Bersama Idul Fitri"},
            {"2025-04-04", "Cuti Bersama Idul Fitri"}, {"2025-04-07", "Cuti Bersama Idul Fitri"},
            {"2025-04-18", "Wafat Yesus Kristus"}, {"2025-04-20", "Kebangkitan Yesus Kristus (Paskah)"},
            {"2025-05-01", "Hari Buruh Internasional"}, {"2025-05-12", "Hari Raya Waisak 2569 BE"},
            {"2025-05-13", "Cuti Bersama Hari Raya Waisak"}, {"2025-05-29", "Kenaikan Yesus Kristus"},
            {"2025-05-30", "Cuti Bersama Kenaikan Yesus Kristus"}, {"2025-06-01", "Hari Lahir Pancasila"},
            {"2025-06-06", "Hari Raya Idul Adha 1446 H"}, {"2025-06-09", "Cuti Bersama Idul Adha"},
            {"2025-06-27", "Tahun Baru Islam 1447 H"}, {"2025-08-17", "Hari Kemerdekaan Republik Indonesia"},
            {"2025-08-18", "Cuti Bersama Hari Kemerdekaan"}, {"2025-09-05", "Maulid Nabi Muhammad SAW"},
            {"2025-12-25", "Hari Raya Natal"}, {"2025-12-26", "Cuti Bersama Hari Raya Natal"}};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int staff = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int year = args.length > 2 ? Integer.parseInt(args[2]) : 2025;
        String device = args.length > 3 ? args[3] : "BENCH-SN-1";
        Files.createDirectories(out);
        Random rnd = new Random(2026);
        int opdCount = 40;

        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("opds.csv")))) {
            w.println("code,name,kind,parent_code");
            String[] kinds = {"DINAS", "BADAN", "KECAMATAN", "DINAS", "SEKRETARIAT"};
            for (int o = 1; o <= opdCount; o++) {
                w.printf("BENCH-%02d,Unit Bench %02d,%s,%n", o, o, kinds[o % kinds.length]);
            }
        }
        String[] nips = new String[staff + 1];
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("employees.csv")))) {
            w.println("nip,name,gender,birth_date,employee_type,opd_code,rank,position_name,position_kind,position_level,"
                    + "functional_profession,home_lat,home_lon");
            for (int i = 1; i <= staff; i++) {
                int opd = (i - 1) % opdCount + 1;
                int slot = (i - 1) / opdCount;               // 0, 1, 2 ... within the OPD
                char gender = i % 2 == 0 ? 'M' : 'F';
                LocalDate born = LocalDate.of(1965, 1, 1).plusDays((long) i * 37 % 12_000);
                int t = i % 10;
                String type = t < 5 ? "PNS" : t == 5 ? "PPPK" : t < 8 ? "NON_ASN_PHL" : "NON_ASN_PHT";
                String nip;
                String rank = "";
                String kind = "PELAKSANA";
                String position = "Pelaksana";
                if (type.equals("PNS")) {
                    nip = compose(born, YearMonth.from(born.plusYears(23)), gender, i % 999 + 1);
                    rank = "III/a";
                    if (slot == 0) {
                        kind = "JPT_PRATAMA";
                        position = "Kepala Unit";
                    } else if (slot <= 6) {
                        kind = "ADMINISTRATOR";
                        position = "Kepala Bagian";
                    } else if (slot <= 20) {
                        kind = "PENGAWAS";
                        position = "Kepala Seksi";
                    }
                } else if (type.equals("PPPK")) {
                    nip = "PPPK-2023." + i;
                } else {
                    nip = (type.equals("NON_ASN_PHL") ? "PHL-" : "PHT-") + i;
                }
                nips[i] = nip;
                w.printf("%s,Pegawai Bench %05d,%s,%s,%s,BENCH-%02d,%s,%s,%s,,,,%n", nip, i, gender, born, type, opd, rank, position, kind);
            }
        }
        Set<LocalDate> holidays = new java.util.HashSet<>();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("holidays.csv")))) {
            w.println("date,name");
            for (String[] h : HOLIDAYS_2025) {
                LocalDate d = LocalDate.parse(h[0]).withYear(year);
                holidays.add(d);
                w.printf("%s,%s%n", d, h[1]);
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("device-users.csv")))) {
            w.println("device_sn,pin,nip");
            for (int i = 1; i <= staff; i++) {
                w.printf("%s,%d,%s%n", device, i, nips[i]);
            }
        }
        long lines = 0;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out.resolve("attlog.dat")), 1 << 20)) {
            long[] day = new long[staff * 6];
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                boolean working = !weekend && !holidays.contains(d);
                int end = d.getDayOfWeek() == DayOfWeek.FRIDAY ? 16 * 3600 + 1800 : 16 * 3600;
                int n = 0;
                for (int pin = 1; pin <= staff; pin++) {
                    double r = rnd.nextDouble();
                    if (!working) {
                        if (r < 0.005) {
                            n = add(day, n, 9 * 3600 + rnd.nextInt(3 * 3600), pin, 0);
                        }
                        continue;
                    }
                    if (r < 0.025) {
                        continue; // absent
                    }
                    int in = 7 * 3600 + 20 * 60 + (int) (rnd.nextGaussian() * 600);
                    if (rnd.nextDouble() < 0.04) {
                        in += 15 * 60 + rnd.nextInt(60 * 60); // clearly late
                    }
                    n = add(day, n, in, pin, 0);
                    if (rnd.nextDouble() < 0.03) {
                        n = add(day, n, in + 20 + rnd.nextInt(40), pin, 0); // pressed twice
                    }
                    if (rnd.nextDouble() < 0.07) {
                        int lunch = 12 * 3600 + rnd.nextInt(20 * 60); // out for lunch and back
                        n = add(day, n, lunch, pin, 2);
                        n = add(day, n, lunch + 30 * 60 + rnd.nextInt(30 * 60), pin, 3);
                    }
                    if (rnd.nextDouble() < 0.02) {
                        continue; // forgot to check out
                    }
                    int out2 = end + 5 * 60 + (int) Math.abs(rnd.nextGaussian() * 900);
                    if (rnd.nextDouble() < 0.03) {
                        out2 = end - 10 * 60 - rnd.nextInt(90 * 60); // left early
                    }
                    n = add(day, n, out2, pin, 1);
                }
                long[] sorted = Arrays.copyOf(day, n);
                Arrays.sort(sorted);
                byte[] date = d.toString().getBytes(StandardCharsets.US_ASCII);
                for (long packed : sorted) {
                    write(os, (int) (packed >>> 24 & 0xFFFFFF), date, (int) (packed >>> 48), (int) (packed & 3));
                    lines++;
                }
            }
        }
        System.out.println(lines);
    }

    /** Packs second of day, PIN and state so that sorting orders by time. */
    static int add(long[] day, int n, int second, int pin, int state) {
        int s = Math.max(0, Math.min(86_399, second));
        day[n] = ((long) s << 48) | ((long) pin << 24) | state;
        return n + 1;
    }

    /** {@code %9d\tYYYY-MM-DD HH:MM:SS\t1\t<state>\t1\t0\r\n}: the USB export's right-aligned PIN and four status columns. */
    static void write(OutputStream os, int pin, byte[] date, int second, int state) throws IOException {
        byte[] line = new byte[48];
        int p = 0;
        String pinText = Integer.toString(pin);
        for (int k = pinText.length(); k < 9; k++) {
            line[p++] = ' ';
        }
        for (int k = 0; k < pinText.length(); k++) {
            line[p++] = (byte) pinText.charAt(k);
        }
        line[p++] = '\t';
        System.arraycopy(date, 0, line, p, 10);
        p += 10;
        line[p++] = ' ';
        p = two(line, p, second / 3600);
        line[p++] = ':';
        p = two(line, p, second / 60 % 60);
        line[p++] = ':';
        p = two(line, p, second % 60);
        for (byte b : new byte[] {'\t', '1', '\t', (byte) ('0' + state), '\t', '1', '\t', '0', '\r', '\n'}) {
            line[p++] = b;
        }
        os.write(line, 0, p);
    }

    static int two(byte[] b, int p, int v) {
        b[p] = (byte) ('0' + v / 10);
        b[p + 1] = (byte) ('0' + v % 10);
        return p + 2;
    }

    /** A valid PNS NIP (regulations.md §8.4), as id.merit.shared.Nip.compose. */
    static String compose(LocalDate birth, YearMonth tmt, char gender, int seq) {
        return String.format("%04d%02d%02d%04d%02d%c%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                tmt.getYear(), tmt.getMonthValue(), gender == 'M' ? '1' : '2', seq);
    }
}
