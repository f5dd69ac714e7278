package id.merit.performance.domain;

import id.merit.dataimport.FileValidation;
import id.merit.dataimport.RowCheck;
import id.merit.dataimport.RowParser;
import id.merit.dataimport.RowProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code skp-plans} (docs/imports.md): {@code nip,year,rhk_no,rhk,indicator,target,unit,parent_nip,parent_rhk_no}, one
 * indicator a row, key nip + year + rhk_no + indicator. Rows of one RHK repeat its number and text (a different text for
 * the same number is rejected). {@code parent_nip} and {@code parent_rhk_no} name the superior's RHK the row's RHK is
 * cascaded from: both or neither, and that RHK must be stored already or come earlier in the file. Pure: the lookups
 * are handed in.
 */
final class SkpPlanRowParser implements RowParser<SkpPlanRowParser.Row> {

    static final List<String> COLUMNS = List.of("nip", "year", "rhk_no", "rhk", "indicator", "target", "unit", "parent_nip", "parent_rhk_no");
    static final String PREFIX = "skpplan.import.error.";
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    record Row(String nip, int year, int rhkNo, String rhk, String indicator, BigDecimal target, String unit, String parentNip,
               Integer parentRhkNo) {
    }

    /** Whether an RHK is stored: nip, year, number. */
    interface StoredRhk {
        boolean exists(String nip, int year, int no);
    }

    private final Predicate<String> employeeExists;
    private final StoredRhk stored;
    private final int minYear;
    private final int maxYear;
    private final Map<String, String> rhkText = new HashMap<>();
    private final Map<String, Long> rhkLine = new HashMap<>();

    SkpPlanRowParser(Predicate<String> employeeExists, StoredRhk stored, int currentYear) {
        this.employeeExists = employeeExists;
        this.stored = stored;
        this.minYear = 2000;
        this.maxYear = currentYear + 1;
    }

    @Override
    public Row parse(RowCheck c) {
        String nip = c.required("nip");
        if (nip != null && !employeeExists.test(nip)) {
            c.reject("nip", "import.error.unknownEmployee", RowCheck.echo(nip));
        }
        Integer year = c.integer("year", true, 0);
        if (year != null && (year < minYear || year > maxYear)) {
            c.reject("year", "performance.import.error.year", String.valueOf(year), String.valueOf(minYear), String.valueOf(maxYear));
        }
        Integer no = c.integer("rhk_no", true, 1);
        if (no != null && no > 99) {
            c.reject("rhk_no", "import.error.range", "rhk_no", "1", "99");
        }
        String rhk = c.text("rhk", true, 1000);
        String indicator = c.text("indicator", true, 1000);
        BigDecimal target = target(c);
        String unit = c.text("unit", true, 60);
        String parentNip = c.value("parent_nip");
        Integer parentNo = c.integer("parent_rhk_no", false, 1);
        if ((parentNip == null) != (parentNo == null) && !c.failed("parent_rhk_no")) {
            c.reject(parentNip == null ? "parent_nip" : "parent_rhk_no", PREFIX + "parentBoth");
        } else if (parentNip != null && parentNo != null) {
            if (parentNip.equals(nip)) {
                c.reject("parent_nip", PREFIX + "parentSelf");
            } else if (!employeeExists.test(parentNip)) {
                c.reject("parent_nip", "import.error.unknownEmployee", RowCheck.echo(parentNip));
            } else if (year != null && !rhkText.containsKey(key(parentNip, year, parentNo)) && !stored.exists(parentNip, year, parentNo)) {
                c.reject("parent_rhk_no", PREFIX + "parentMissing", RowCheck.echo(parentNip), String.valueOf(parentNo), String.valueOf(year));
            }
        }
        if (!c.ok()) {
            return null;
        }
        String k = key(nip, year, no);
        String known = rhkText.putIfAbsent(k, rhk);
        if (known != null && !known.equals(rhk)) {
            c.reject("rhk", PREFIX + "rhkText", String.valueOf(no), String.valueOf(rhkLine.get(k)));
            return null;
        }
        rhkLine.putIfAbsent(k, c.line());
        return new Row(nip, year, no, rhk, indicator, target, unit, parentNip, parentNo);
    }

    private static BigDecimal target(RowCheck c) {
        String v = c.required("target");
        if (v == null) {
            return null;
        }
        if (!DECIMAL.matcher(v).matches()) {
            c.reject("target", PREFIX + "target", RowCheck.echo(v));
            return null;
        }
        return new BigDecimal(v);
    }

    private static String key(String nip, int year, int no) {
        return nip + "|" + year + "|" + no;
    }

    @Override
    public Object key(Row value) {
        return List.of(value.nip(), value.year(), value.rhkNo(), value.indicator());
    }

    @Override
    public String keyField() {
        return "indicator";
    }

    @Override
    public String keyLabel() {
        return "nip+year+rhk_no+indicator";
    }

    @Override
    public List<RowProblem> finish(List<FileValidation.Parsed<Row>> rows) {
        return new ArrayList<>();
    }
}
