package id.merit.attendance.domain.punches;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The punches of one import, held in primitive arrays (about 20 bytes a punch) and handed out per employee and month,
 * ascending and without repeats: the shape of {@code attendance.punch_month}. A punch is one employee at one second;
 * the same punch repeated in the file counts once and keeps the device that appears earliest in the file (a row
 * without a device, i.e. the default device, counts as earliest). Pure Java.
 */
public final class PunchMonths implements PunchStore.Writer {

    /** Punches are stored for these years only; the importers reject other years as bad timestamps. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    /** Device index bits in the packed sort value; the rest holds the seconds since the earliest punch (2^43 s > 200 years). */
    private static final int DEVICE_BITS = 20;
    private static final int SECONDS_PER_DAY = 86_400;

    /** One employee's punches of one month: seconds since the month's first midnight, ascending, distinct. */
    record Month(long employeeId, LocalDate month, int[] seconds, String[] devices) {
        int size() {
            return seconds.length;
        }
    }

    /** The union of a stored month and an imported one, and how many punches the import added. */
    record Merge(Month month, int added) {
    }

    private final Map<String, Integer> deviceIndex = new HashMap<>();
    private final List<String> devices = new ArrayList<>();
    private final Map<Long, Integer> employeeIndex = new HashMap<>();
    private long[] employeeIds = new long[1024];
    private int[] employee = new int[1 << 16];
    private long[] stamp = new long[1 << 16];
    private int[] device = new int[1 << 16];
    private int size;

    /** @param defaultDevice the device of punches written without one (attlog: the device of the export); may be null */
    PunchMonths(String defaultDevice) {
        devices.add(defaultDevice);
    }

    public static boolean storable(LocalDateTime at) {
        return at.getYear() >= FIRST_YEAR && at.getYear() <= LAST_YEAR;
    }

    @Override
    public void write(long employeeId, LocalDateTime at, String deviceSn) {
        if (!storable(at)) {
            throw new IllegalArgumentException("punch outside " + FIRST_YEAR + "–" + LAST_YEAR + ": " + at);
        }
        if (size == stamp.length) {
            int n = size * 2;
            employee = Arrays.copyOf(employee, n);
            stamp = Arrays.copyOf(stamp, n);
            device = Arrays.copyOf(device, n);
        }
        employee[size] = employeeIndex.computeIfAbsent(employeeId, this::newEmployee);
        stamp[size] = at.toEpochSecond(ZoneOffset.UTC);
        device[size] = deviceSn == null ? 0 : deviceIndex.computeIfAbsent(deviceSn, this::newDevice);
        size++;
    }

    private int newEmployee(long id) {
        int ix = employeeIndex.size();
        if (ix == employeeIds.length) {
            employeeIds = Arrays.copyOf(employeeIds, ix * 2);
        }
        employeeIds[ix] = id;
        return ix;
    }

    private int newDevice(String sn) {
        if (devices.size() == 1 << DEVICE_BITS) {
            throw new IllegalStateException("More than " + (1 << DEVICE_BITS) + " devices in one file");
        }
        devices.add(sn);
        return devices.size() - 1;
    }

    /** Punches written, repeats included. */
    long rows() {
        return size;
    }

    /** The ids of the employees written. */
    Long[] employeeIds() {
        Long[] ids = new Long[employeeIndex.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = employeeIds[i];
        }
        return ids;
    }

    /** The first day of the earliest and of the latest month written; null when nothing was. */
    LocalDate[] monthRange() {
        if (size == 0) {
            return null;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, stamp[i]);
            max = Math.max(max, stamp[i]);
        }
        return new LocalDate[] {monthOf(min), monthOf(max)};
    }

    /**
     * Hands out every employee's months in order. Employees are grouped with a counting sort; each employee's punches are
     * sorted as packed longs (seconds since the earliest punch, then the device index), so equal punches keep the
     * device seen first in the file.
     */
    void forEachMonth(Consumer<Month> sink) {
        if (size == 0) {
            return;
        }
        long base = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            base = Math.min(base, stamp[i]);
        }
        int employees = employeeIndex.size();
        int[] start = new int[employees + 1];
        for (int i = 0; i < size; i++) {
            start[employee[i] + 1]++;
        }
        for (int e = 0; e < employees; e++) {
            start[e + 1] += start[e];
        }
        int[] next = Arrays.copyOf(start, employees);
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
            packed[next[employee[i]]++] = (stamp[i] - base) << DEVICE_BITS | device[i];
        }
        int[] seconds = new int[64];
        String[] sns = new String[64];
        for (int e = 0; e < employees; e++) {
            Arrays.sort(packed, start[e], start[e + 1]);
            long monthStart = Long.MIN_VALUE;
            long monthEnd = Long.MIN_VALUE;
            LocalDate month = null;
            int n = 0;
            long previous = Long.MIN_VALUE;
            for (int i = start[e]; i < start[e + 1]; i++) {
                long at = base + (packed[i] >>> DEVICE_BITS);
                if (at == previous) {
                    continue;
                }
                previous = at;
                if (at >= monthEnd) {
                    if (n > 0) {
                        sink.accept(new Month(employeeIds[e], month, Arrays.copyOf(seconds, n), Arrays.copyOf(sns, n)));
                        n = 0;
                    }
                    month = monthOf(at);
                    monthStart = month.toEpochDay() * SECONDS_PER_DAY;
                    monthEnd = month.plusMonths(1).toEpochDay() * SECONDS_PER_DAY;
                }
                if (n == seconds.length) {
                    seconds = Arrays.copyOf(seconds, n * 2);
                    sns = Arrays.copyOf(sns, n * 2);
                }
                seconds[n] = (int) (at - monthStart);
                sns[n] = devices.get((int) (packed[i] & ((1 << DEVICE_BITS) - 1)));
                n++;
            }
            if (n > 0) {
                sink.accept(new Month(employeeIds[e], month, Arrays.copyOf(seconds, n), Arrays.copyOf(sns, n)));
            }
        }
    }

    private static LocalDate monthOf(long epochSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, SECONDS_PER_DAY)).withDayOfMonth(1);
    }

    /** The stored month with the imported punches it lacks; a punch already stored keeps its device. */
    static Merge merge(Month stored, Month imported) {
        int[] a = stored.seconds();
        int[] b = imported.seconds();
        int[] seconds = new int[a.length + b.length];
        String[] sns = new String[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        int added = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || (i < a.length && a[i] <= b[j])) {
                if (j < b.length && a[i] == b[j]) {
                    j++;
                }
                seconds[n] = a[i];
                sns[n++] = stored.devices()[i++];
            } else {
                seconds[n] = b[j];
                sns[n++] = imported.devices()[j++];
                added++;
            }
        }
        return new Merge(new Month(stored.employeeId(), stored.month(), Arrays.copyOf(seconds, n), Arrays.copyOf(sns, n)), added);
    }
}
