package id.merit.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Staff identifiers. PNS and CPNS carry the 18-digit NIP of Perka BKN 22/2007 and 43/2007
 * (regulations.md §8.4): birth date YYYYMMDD, TMT CPNS YYYYMM, gender digit (1 male, 2 female) and a
 * 3-digit sequence. Other staff carry their registration number: 1–32 characters of [A-Za-z0-9.-].
 */
public final class Nip {

    /** Why a NIP was refused; each code has a message key {@code nip.error.<code>}. */
    public enum Problem { EMPTY, FORMAT, LENGTH, BIRTH_DATE, BIRTH_DATE_MISMATCH, TMT, TMT_BEFORE_ADULT, GENDER, GENDER_MISMATCH, SEQUENCE }

    private static final Pattern DIGITS_18 = Pattern.compile("\\d{18}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern REGISTRATION = Pattern.compile("[A-Za-z0-9.-]{1,32}");
    private static final int ADULT_AGE = 18;

    private Nip() {
    }

    /**
     * Checks a PNS/CPNS NIP against the employee's birth date and gender ('M' or 'F'); either may be null when
     * unknown, in which case only the NIP's own structure is checked.
     */
    public static List<Problem> validatePns(String nip, LocalDate birthDate, Character gender) {
        List<Problem> problems = new ArrayList<>();
        if (nip == null || nip.isBlank()) {
            return List.of(Problem.EMPTY);
        }
        if (!DIGITS.matcher(nip).matches()) {
            return List.of(Problem.FORMAT);
        }
        if (!DIGITS_18.matcher(nip).matches()) {
            return List.of(Problem.LENGTH);
        }
        LocalDate born = parseDate(nip.substring(0, 8));
        if (born == null) {
            problems.add(Problem.BIRTH_DATE);
        } else if (birthDate != null && !born.equals(birthDate)) {
            problems.add(Problem.BIRTH_DATE_MISMATCH);
        }
        YearMonth tmt = parseYearMonth(nip.substring(8, 14));
        if (tmt == null) {
            problems.add(Problem.TMT);
        } else if (born != null && tmt.isBefore(YearMonth.from(born.plusYears(ADULT_AGE)))) {
            problems.add(Problem.TMT_BEFORE_ADULT);
        }
        char g = nip.charAt(14);
        if (g != '1' && g != '2') {
            problems.add(Problem.GENDER);
        } else if (gender != null && (g == '1') != (gender == 'M')) {
            problems.add(Problem.GENDER_MISMATCH);
        }
        if (nip.endsWith("000")) {
            problems.add(Problem.SEQUENCE);
        }
        return List.copyOf(problems);
    }

    /** Checks the registration number of PPPK and non-ASN staff. */
    public static List<Problem> validateRegistration(String number) {
        if (number == null || number.isBlank()) {
            return List.of(Problem.EMPTY);
        }
        return REGISTRATION.matcher(number).matches() ? List.of() : List.of(Problem.FORMAT);
    }

    /** Builds a valid PNS NIP (used by the demo generator and tests). */
    public static String compose(LocalDate birthDate, YearMonth tmtCpns, char gender, int sequence) {
        if (sequence < 1 || sequence > 999) {
            throw new IllegalArgumentException("sequence must be 1..999");
        }
        return String.format("%04d%02d%02d%04d%02d%c%03d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), tmtCpns.getYear(), tmtCpns.getMonthValue(), gender == 'M' ? '1' : '2', sequence);
    }

    private static LocalDate parseDate(String yyyymmdd) {
        try {
            return LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static YearMonth parseYearMonth(String yyyymm) {
        int month = Integer.parseInt(yyyymm.substring(4, 6));
        int year = Integer.parseInt(yyyymm.substring(0, 4));
        return month >= 1 && month <= 12 && year >= 1900 ? YearMonth.of(year, month) : null;
    }
}
