package id.merit.employee.rules;

import id.merit.employee.EmployeeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How complete an employee's own registry data is, and exactly what is missing (issue 15 item 4; mission seed 003:
 * "ASN complete their own data"). The items checked, in this order:
 * <ol>
 *   <li>{@code EDUCATION} – at least one education recorded (every employee);</li>
 *   <li>{@code POSITION} – a current position name or at least one position-history row (every employee);</li>
 *   <li>{@code PHONE} – a phone number (every employee);</li>
 *   <li>{@code EMAIL} – an e-mail address (every employee);</li>
 *   <li>{@code RANK} – a rank (golongan), only for PNS and CPNS (PP 11/2017 as amended by PP 17/2020: every PNS holds
 *       a rank; PPPK and honorary staff have none);</li>
 *   <li>{@code RECENT_TRAINING} – a training that ended in the last 2 years (from {@code today} minus 2 years,
 *       inclusive), only for ASN (UU 20/2023 Ps 49 / PP 17/2020 Ps 203: competency development of at least 20 JP a
 *       year is every ASN's right and duty; two years without any record means the data or the development is
 *       missing).</li>
 * </ol>
 * The percentage is the share of applicable items that are met, rounded down (so 100 only when nothing is missing).
 */
public final class DataCompleteness {

    /** Years back a training still counts as recent. */
    public static final int TRAINING_YEARS = 2;

    public enum Item { EDUCATION, POSITION, PHONE, EMAIL, RANK, RECENT_TRAINING }

    /** What the rule reads; {@code lastTrainingEnd} is the latest end date of any training, null without one. */
    public record Input(EmployeeType type, boolean hasEducation, boolean hasPosition, String phone, String email, String rank,
                        LocalDate lastTrainingEnd) {
    }

    public record Result(int percent, int applicable, List<Item> missing) {
        public boolean complete() {
            return missing.isEmpty();
        }
    }

    private DataCompleteness() {
    }

    public static Result evaluate(Input in, LocalDate today) {
        List<Item> missing = new ArrayList<>();
        int applicable = 0;
        for (Item item : Item.values()) {
            boolean applies = switch (item) {
                case EDUCATION, POSITION, PHONE, EMAIL -> true;
                case RANK -> in.type() != null && in.type().isCivilServant();
                case RECENT_TRAINING -> in.type() != null && in.type().isAsn();
            };
            if (!applies) {
                continue;
            }
            applicable++;
            boolean met = switch (item) {
                case EDUCATION -> in.hasEducation();
                case POSITION -> in.hasPosition();
                case PHONE -> present(in.phone());
                case EMAIL -> present(in.email());
                case RANK -> present(in.rank());
                case RECENT_TRAINING -> in.lastTrainingEnd() != null && !in.lastTrainingEnd().isBefore(today.minusYears(TRAINING_YEARS));
            };
            if (!met) {
                missing.add(item);
            }
        }
        int percent = applicable == 0 ? 100 : (applicable - missing.size()) * 100 / applicable;
        return new Result(percent, applicable, List.copyOf(missing));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
