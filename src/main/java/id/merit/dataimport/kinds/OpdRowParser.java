package id.merit.dataimport.kinds;

import id.merit.dataimport.FileValidation;
import id.merit.dataimport.RowCheck;
import id.merit.dataimport.RowParser;

import id.merit.orgunit.OpdCommands.OpdData;
import id.merit.orgunit.OpdKind;
import id.merit.dataimport.RowProblem;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code opds}: {@code code,name,kind,parent_code}. The parent must exist already or be defined on an earlier row;
 * an OPD cannot be its own parent nor, after the file is applied, sit below one of its own sub-units.
 */
final class OpdRowParser implements RowParser<OpdData> {

    static final List<String> COLUMNS = List.of("code", "name", "kind", "parent_code");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]{1,32}");

    /** Stored OPDs: code → parent code (null at top level). */
    private final Map<String, String> stored;
    private final Set<String> definedAbove = new HashSet<>();

    OpdRowParser(Map<String, String> storedParents) {
        this.stored = storedParents;
    }

    @Override
    public OpdData parse(RowCheck c) {
        String code = c.required("code");
        if (code != null && !CODE.matcher(code).matches()) {
            c.reject("code", "import.error.opdCode", RowCheck.echo(code));
            code = null;
        }
        String name = c.text("name", true, 200);
        OpdKind kind = c.code("kind", OpdKind.class, true);
        String parent = c.value("parent_code");
        if (parent != null) {
            if (parent.equals(code)) {
                c.reject("parent_code", "import.error.ownParent");
            } else if (!stored.containsKey(parent) && !definedAbove.contains(parent)) {
                c.reject("parent_code", "import.error.unknownParent", RowCheck.echo(parent));
            }
        }
        if (code != null) {
            // Registered even when the row has other problems, so rows below do not report a second, derived error.
            definedAbove.add(code);
        }
        return c.ok() ? new OpdData(code, name, kind, parent, null, null, null) : null;
    }

    @Override
    public Object key(OpdData value) {
        return value.code();
    }

    @Override
    public String keyField() {
        return "code";
    }

    @Override
    public String keyLabel() {
        return "code";
    }

    /** Re-parenting a stored OPD below its own sub-unit would make a cycle once the file is applied. */
    @Override
    public List<RowProblem> finish(List<FileValidation.Parsed<OpdData>> rows) {
        return RowCheck.cycles(stored, rows, OpdData::code, OpdData::parentCode, "parent_code", "import.error.parentCycle");
    }
}
