package id.merit.employee.web;

import id.merit.employee.EmployeeFilter;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.employee.Rank;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Query parameters of the registry list and its export ({@code q, opd, type, rank, kind, sort, page}). Bound from
 * the URL, so unknown codes are ignored (the list shows everything) instead of failing the request.
 */
public class EmployeeSearchForm {

    /** The sortable columns, in the order the list shows them. */
    static final List<String> SORT_KEYS = List.of("nip", "name", "type", "rank", "opd", "position");
    static final String DEFAULT_SORT = "name";

    private String q;
    private String opd;
    private String type;
    private String rank;
    private String kind;
    private String sort;
    private Integer page;

    public EmployeeFilter toFilter() {
        String rankCode = blankToNull(rank);
        // Rank.isValid is not null-safe (List.of().contains(null) throws)
        return new EmployeeFilter(blankToNull(q), blankToNull(opd), parse(EmployeeType.class, type),
                rankCode != null && Rank.isValid(rankCode) ? rankCode : null, parse(PositionKind.class, kind));
    }

    /** The requested sort when it is one of {@link #SORT_KEYS} (optionally prefixed by '-'), else by name. */
    public String getEffectiveSort() {
        String s = sort == null ? "" : sort.trim();
        String key = s.startsWith("-") ? s.substring(1) : s;
        return SORT_KEYS.contains(key) ? s : DEFAULT_SORT;
    }

    public String getSortKey() {
        String s = getEffectiveSort();
        return s.startsWith("-") ? s.substring(1) : s;
    }

    public boolean isSortDescending() {
        return getEffectiveSort().startsWith("-");
    }

    public List<String> getColumns() {
        return SORT_KEYS;
    }

    public int getPageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    /** Whether any filter (not sort or page) is set: decides between the two empty states. */
    public boolean isFiltered() {
        EmployeeFilter f = toFilter();
        return f.q() != null || f.opdCode() != null || f.type() != null || f.rank() != null || f.positionKind() != null;
    }

    /** The current query string without {@code page}, URL-encoded (for the pager and the export link). */
    public String getQuery() {
        return query(getEffectiveSort());
    }

    /** The query string that sorts by {@code key}: ascending, or descending when already sorted ascending by it. */
    public String sortQuery(String key) {
        String next = key.equals(getEffectiveSort()) ? "-" + key : key;
        return query(next);
    }

    private String query(String sortValue) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", blankToNull(q));
        params.put("opd", blankToNull(opd));
        params.put("type", blankToNull(type));
        params.put("rank", blankToNull(rank));
        params.put("kind", blankToNull(kind));
        params.put("sort", DEFAULT_SORT.equals(sortValue) ? null : sortValue);
        StringJoiner out = new StringJoiner("&");
        params.forEach((name, value) -> {
            if (value != null) {
                out.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code.trim())) {
                return e;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getOpd() {
        return opd;
    }

    public void setOpd(String opd) {
        this.opd = opd;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRank() {
        return rank;
    }

    public void setRank(String rank) {
        this.rank = rank;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
