import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Master data for the employees import benchmark (deterministic): 40 OPDs ({@code opds.csv}), N staff
 * ({@code employees.csv}: 50 % PNS with valid 18-digit NIPs, 10 % PPPK, 40 % honorary, as in the attendance bench) and
 * the same file with 10 % of the rows changed ({@code employees-changed.csv}: every tenth employee, all PNS, promoted
 * III/a → III/b; one in five of those also transferred to the next OPD, which moves them).
 *
 * Usage: java Generate.java OUT_DIR [STAFF=100000]; prints the number of employee rows.
 */
public class Generate {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int staff = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int opdCount = 40;
        Files.createDirectories(out);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("opds.csv")))) {
            w.println("code,name,kind,parent_code");
            String[] kinds = {"DINAS", "BADAN", "KECAMATAN", "DINAS", "SEKRETARIAT"};
            for (int o = 1; o <= opdCount; o++) {
                w.printf("BENCH-%02d,Unit Bench %02d,%s,%n", o, o, kinds[o % kinds.length]);
            }
        }
        String header = "nip,name,gender,birth_date,employee_type,opd_code,rank,position_name,position_kind,position_level,"
                + "functional_profession,home_lat,home_lon";
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("employees.csv")));
             PrintWriter c = new PrintWriter(Files.newBufferedWriter(out.resolve("employees-changed.csv")))) {
            w.println(header);
            c.println(header);
            for (int i = 1; i <= staff; i++) {
                int opd = (i - 1) % opdCount + 1;
                int slot = (i - 1) / opdCount;
                char gender = i % 2 == 0 ? 'M' : 'F';
                // 37 is prime to 12,000 and lcm(12,000, 999) > 100,000: birth date and sequence never repeat together
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
                String home = i % 4 == 0 ? String.format(java.util.Locale.ROOT, "%.4f,%.4f", 3.5 + (i % 100) / 1000.0, 98.6 + (i % 97) / 1000.0) : ",";
                w.printf("%s,Pegawai Bench %06d,%s,%s,%s,BENCH-%02d,%s,%s,%s,,,%s%n", nip, i, gender, born, type, opd, rank,
                        position, kind, home);
                boolean changed = i % 10 == 0;
                int newOpd = changed && i % 50 == 0 ? opd % opdCount + 1 : opd;
                c.printf("%s,Pegawai Bench %06d,%s,%s,%s,BENCH-%02d,%s,%s,%s,,,%s%n", nip, i, gender, born, type, newOpd,
                        changed ? "III/b" : rank, position, kind, home);
            }
        }
        System.out.println(staff);
    }

    static String compose(LocalDate born, YearMonth tmt, char gender, int seq) {
        return String.format("%04d%02d%02d%04d%02d%c%03d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
                tmt.getYear(), tmt.getMonthValue(), gender == 'M' ? '1' : '2', seq);
    }
}
