package id.merit.attendance.rules;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which working days the attendance data cover (rules-defaults.md "No data is not absence"), built from the punches of
 * a period: the days (index from {@code start}) each OPD unit and each device had at least one punch, and BKPSDM's
 * outages of each. An employee's day is covered when their own OPD unit (not its parent or sub-units) or a device they
 * are mapped to had a punch that day, and no outage of that unit or of those devices includes it. {@link #of} gives
 * one employee's covered days, shared by employees with the same unit and devices. Plain Java, filled by the totals
 * engine while it reads the punches.
 */
public final class Coverage {
    private final LocalDate start;
    private final int length;
    private final Map<Long, BitSet> unitDays = new HashMap<>();
    private final Map<String, BitSet> deviceDays = new HashMap<>();
    private final Map<Long, BitSet> unitOutages = new HashMap<>();
    private final Map<String, BitSet> deviceOutages = new HashMap<>();
    private final Map<List<Object>, CoveredDays> cache = new HashMap<>();

    public Coverage(LocalDate start, int length) {
        this.start = start;
        this.length = length;
    }

    /** Someone in OPD unit {@code opd} punched on day {@code day} (index from {@code start}). */
    public void unitPunch(long opd, int day) {
        unitDays.computeIfAbsent(opd, k -> new BitSet(length)).set(day);
    }

    /** Someone punched on {@code device} on day {@code day}. */
    public void devicePunch(String device, int day) {
        deviceDays.computeIfAbsent(device, k -> new BitSet(length)).set(day);
    }

    /** An outage of a device (or, when {@code device} is null, of OPD unit {@code opd}) from {@code from} to {@code until} (clipped to the period). */
    public void outage(String device, Long opd, LocalDate from, LocalDate until) {
        int first = (int) Math.max(0, from.toEpochDay() - start.toEpochDay());
        int last = (int) Math.min(length - 1, until.toEpochDay() - start.toEpochDay());
        if (last < first) {
            return;
        }
        BitSet bits = device != null ? deviceOutages.computeIfAbsent(device, k -> new BitSet(length))
                : unitOutages.computeIfAbsent(opd, k -> new BitSet(length));
        bits.set(first, last + 1);
    }

    /** The covered days of an employee of OPD unit {@code opd} mapped to {@code devices}. */
    public CoveredDays of(long opd, List<String> devices) {
        return cache.computeIfAbsent(List.of(opd, devices), k -> {
            BitSet covered = new BitSet(length);
            BitSet out = new BitSet(length);
            or(covered, unitDays.get(opd));
            or(out, unitOutages.get(opd));
            for (String d : devices) {
                or(covered, deviceDays.get(d));
                or(out, deviceOutages.get(d));
            }
            covered.andNot(out);
            if (covered.isEmpty()) {
                return CoveredDays.NONE;
            }
            return date -> {
                long i = date.toEpochDay() - start.toEpochDay();
                return i >= 0 && i < length && covered.get((int) i);
            };
        });
    }

    private static void or(BitSet target, BitSet source) {
        if (source != null) {
            target.or(source);
        }
    }
}
