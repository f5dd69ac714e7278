package id.merit.demo;

import id.merit.employee.EmployeeBundle;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Activity for the demo regency, as the interchange files other systems would send: national holidays, this year's
 * fingerprint punches of all staff, excused absences, and a discipline history. Deterministic from the seed; every file goes through the real import handlers.
 */
final class DemoActivity {
    static final String DEVICE = "DEMO-FP-01";
    private static final String[][] HOLIDAYS = {
            {"2025-01-01", "Tahun Baru 2025 Masehi"}, {"2025-01-27", "Isra Mikraj Nabi Muhammad SAW"},
            {"2025-01-29", "Tahun Baru Imlek 2576"}, {"2025-03-31", "Idul Fitri 1446 H"}, {"2025-04-01", "Idul Fitri 1446 H"},
            {"2025-04-02", "Cuti bersama Idul Fitri"}, {"2025-04-18", "Wafat Yesus Kristus"}, {"2025-05-01", "Hari Buruh"},
            {"2025-05-12", "Hari Raya Waisak"}, {"2025-05-29", "Kenaikan Yesus Kristus"}, {"2025-06-06", "Idul Adha 1446 H"},
            {"2025-06-27", "Tahun Baru Islam 1447 H"}, {"2025-08-18", "Cuti bersama HUT RI"}, {"2025-09-05", "Maulid Nabi"},
            {"2025-12-25", "Hari Raya Natal"}, {"2025-12-26", "Cuti bersama Natal"},
            {"2026-01-01", "Tahun Baru 2026 Masehi"}, {"2026-01-16", "Isra Mikraj Nabi Muhammad SAW"},
            {"2026-02-17", "Tahun Baru Imlek 2577"}, {"2026-03-19", "Hari Suci Nyepi"}, {"2026-03-20", "Idul Fitri 1447 H"},
            {"2026-03-23", "Cuti bersama Idul Fitri"}, {"2026-03-24", "Cuti bersama Idul Fitri"}, {"2026-04-03", "Wafat Yesus Kristus"},
            {"2026-05-01", "Hari Buruh"}, {"2026-05-14", "Kenaikan Yesus Kristus"}, {"2026-05-27", "Idul Adha 1447 H"},
            {"2026-06-01", "Hari Lahir Pancasila"}, {"2026-06-16", "Tahun Baru Islam 1448 H"}, {"2026-08-17", "HUT Kemerdekaan RI"},
            {"2026-08-25", "Maulid Nabi"}, {"2026-12-25", "Hari Raya Natal"},
    };

    private final Random random;
    private final List<EmployeeData> tracked = new ArrayList<>();
    private final Set<LocalDate> holidays = new TreeSet<>();

    DemoActivity(long seed, List<EmployeeBundle> staff) {
        this.random = new Random(seed ^ 0x5DEECE66DL);
        for (String[] h : HOLIDAYS) {
            holidays.add(LocalDate.parse(h[0]));
        }
        // everyone punches, so this year is covered by data and a working day without a punch is an absence
        // (rules-defaults.md "No data is not absence": other years have no data and recommend nothing)
        staff.forEach(b -> tracked.add(b.employee()));
    }

    String holidaysCsv() {
        StringBuilder sb = new StringBuilder("date,name\n");
        for (String[] h : HOLIDAYS) {
            sb.append(h[0]).append(',').append(h[1]).append('\n');
        }
        return sb.toString();
    }

    String deviceUsersCsv() {
        StringBuilder sb = new StringBuilder("device_sn,pin,nip\n");
        for (int i = 0; i < tracked.size(); i++) {
            sb.append(DEVICE).append(',').append(1000 + i).append(',').append(tracked.get(i).nip()).append('\n');
        }
        return sb.toString();
    }

    /**
     * A ZKTeco attlog of the tracked staff from {@code from} to {@code until}: most days two punches around the
     * working hours, some late arrivals, a few single punches, and a handful of staff with unexcused absences
     * (one official among them) so the recommendation pages have something to show.
     */
    String attlog(LocalDate from, LocalDate until, StringBuilder absencesCsv) {
        StringBuilder sb = new StringBuilder(tracked.size() * 230 * 2 * 34);
        absencesCsv.append("nip,start_date,end_date,kind\n");
        boolean officialChosen = false;
        for (int i = 0; i < tracked.size(); i++) {
            EmployeeData e = tracked.get(i);
            int pin = 1000 + i;
            int truancy = random.nextInt(100) < 6 ? 3 + random.nextInt(12) : random.nextInt(100) < 20 ? 1 + random.nextInt(2) : 0;
            if (!officialChosen && e.employeeType() == EmployeeType.PNS
                    && (e.positionKind() == PositionKind.PENGAWAS || e.positionKind() == PositionKind.ADMINISTRATOR)) {
                truancy = 23;
                officialChosen = true;
            }
            boolean late = random.nextInt(10) == 0;
            LocalDate leaveStart = from.plusDays(30 + random.nextInt(200));
            int leaveDays = random.nextInt(4) == 0 ? 2 + random.nextInt(4) : 0;
            if (leaveDays > 0) {
                absencesCsv.append(e.nip()).append(',').append(leaveStart).append(',').append(leaveStart.plusDays(leaveDays - 1))
                        .append(',').append(random.nextBoolean() ? "CUTI" : "SAKIT").append('\n');
            }
            for (LocalDate d = from; !d.isAfter(until); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(d)) {
                    continue;
                }
                if (leaveDays > 0 && !d.isBefore(leaveStart) && d.isBefore(leaveStart.plusDays(leaveDays))) {
                    continue;
                }
                if (truancy > 0 && random.nextInt(200) < 4) {
                    truancy--;
                    continue;
                }
                boolean friday = d.getDayOfWeek() == DayOfWeek.FRIDAY;
                LocalTime in = LocalTime.of(7, 0).plusMinutes(random.nextInt(late ? 75 : 29));
                LocalTime out = (friday ? LocalTime.of(16, 30) : LocalTime.of(16, 0)).plusMinutes(random.nextInt(45) - (random.nextInt(30) == 0 ? 60 : 0));
                int shape = random.nextInt(100);
                if (shape != 0) {
                    punch(sb, pin, d, in);
                }
                if (shape != 1) {
                    punch(sb, pin, d, out);
                }
            }
        }
        return sb.toString();
    }

    /** A discipline history 2021–2026: about forty warning letters a year and a few heavier punishments (seed 001). */
    String punishmentsCsv(List<EmployeeBundle> staff) {
        StringBuilder sb = new StringBuilder("nip,level,kind,decision_date,effective_date,end_date\n");
        List<EmployeeData> pns = staff.stream().map(EmployeeBundle::employee).filter(e -> e.employeeType() == EmployeeType.PNS).toList();
        Set<String> used = new java.util.HashSet<>();
        for (int year = 2021; year <= 2026; year++) {
            int letters = 30 + random.nextInt(15);
            for (int i = 0; i < letters + 3; i++) {
                EmployeeData e = pns.get(random.nextInt(pns.size()));
                LocalDate decided = LocalDate.of(year, 1 + random.nextInt(year == 2026 ? 10 : 12), 1 + random.nextInt(28));
                if (!used.add(e.nip() + decided)) {
                    continue;
                }
                LocalDate effective = decided.plusDays(14);
                String row;
                if (i < letters) {
                    String kind = switch (random.nextInt(3)) {
                        case 0 -> "TEGURAN_LISAN";
                        case 1 -> "TEGURAN_TERTULIS";
                        default -> "PERNYATAAN_TIDAK_PUAS";
                    };
                    row = e.nip() + ",RINGAN," + kind + "," + decided + "," + effective + ",";
                } else if (i < letters + 2) {
                    row = e.nip() + ",SEDANG,PENUNDAAN_KGB," + decided + "," + effective + "," + effective.plusMonths(12);
                } else {
                    row = e.nip() + ",BERAT,PEMBEBASAN_JABATAN," + decided + "," + effective + "," + effective.plusMonths(12);
                }
                sb.append(row).append('\n');
            }
        }
        return sb.toString();
    }

    int trackedCount() {
        return tracked.size();
    }

    private static void punch(StringBuilder sb, int pin, LocalDate d, LocalTime t) {
        sb.append(pin).append('\t').append(d).append(' ').append(t).append(":00\t0\t1\t0\t0\n");
    }
}
