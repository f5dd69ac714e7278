package id.merit.dataimport.kinds;

import id.merit.dataimport.FileValidation;
import id.merit.dataimport.RowCheck;
import id.merit.dataimport.RowParser;

import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.orgunit.PostCommands.PostData;
import id.merit.dataimport.RowProblem;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code posts}: {@code code,opd_code,name,position_kind,position_level,superior_code,slots,key_post}. The superior
 * post must be stored already or defined on an earlier row; a post cannot be its own superior nor, once the file is
 * applied, report (through its superiors) to itself. Competency levels are not in the file: an update keeps them.
 */
final class PostRowParser implements RowParser<PostData> {

    static final List<String> COLUMNS = List.of("code", "opd_code", "name", "position_kind", "position_level",
            "superior_code", "slots", "key_post");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]{1,32}");

    private final Predicate<String> opdExists;
    /** Stored posts: code → superior code (null at the top). */
    private final Map<String, String> stored;
    private final Set<String> definedAbove = new HashSet<>();

    PostRowParser(Predicate<String> opdExists, Map<String, String> storedSuperiors) {
        this.opdExists = opdExists;
        this.stored = storedSuperiors;
    }

    @Override
    public PostData parse(RowCheck c) {
        String code = c.required("code");
        if (code != null && !CODE.matcher(code).matches()) {
            c.reject("code", "import.error.postCode", RowCheck.echo(code));
            code = null;
        }
        String opdCode = EmployeeRowParser.opd(c, "opd_code", opdExists);
        String name = c.text("name", true, 200);
        PositionKind kind = c.code("position_kind", PositionKind.class, true);
        PositionLevel level = EmployeeRowParser.level(c, kind);
        String superior = c.value("superior_code");
        if (superior != null) {
            if (superior.equals(code)) {
                c.reject("superior_code", "import.error.ownSuperior");
            } else if (!stored.containsKey(superior) && !definedAbove.contains(superior)) {
                c.reject("superior_code", "import.error.unknownSuperior", RowCheck.echo(superior));
            }
        }
        Integer slots = c.integer("slots", true, 1);
        Boolean keyPost = bool(c, "key_post");
        if (code != null) {
            definedAbove.add(code);
        }
        return c.ok() ? new PostData(code, opdCode, name, kind.name(), level == null ? null : level.name(), superior,
                slots, keyPost, null) : null;
    }

    /** {@code true} or {@code false}, without regard to case (interchange.md §2). */
    private static Boolean bool(RowCheck c, String column) {
        String v = c.required(column);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                c.reject(column, "import.error.code", column, RowCheck.echo(v), "true, false");
                yield null;
            }
        };
    }

    @Override
    public Object key(PostData value) {
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

    /** Re-pointing a stored post to one of its own subordinates would make a cycle once the file is applied. */
    @Override
    public List<RowProblem> finish(List<FileValidation.Parsed<PostData>> rows) {
        return RowCheck.cycles(stored, rows, PostData::code, PostData::superiorCode, "superior_code", "import.error.superiorCycle");
    }
}
