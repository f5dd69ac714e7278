package id.merit.employee.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.EmployeeFilter;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmployeeSearchFormTests {

    private static EmployeeSearchForm form(String q, String opd, String type, String rank, String kind, String sort) {
        EmployeeSearchForm f = new EmployeeSearchForm();
        f.setQ(q);
        f.setOpd(opd);
        f.setType(type);
        f.setRank(rank);
        f.setKind(kind);
        f.setSort(sort);
        return f;
    }

    @Test
    void knownCodesBecomeTheFilterAndBlanksAreNoFilter() {
        assertThat(form(" budi ", "DINKES", "CPNS", "II/c", "PENGAWAS", null).toFilter())
                .isEqualTo(new EmployeeFilter("budi", "DINKES", EmployeeType.CPNS, "II/c", PositionKind.PENGAWAS));
        assertThat(form("", " ", "", "", "", "").toFilter()).isEqualTo(EmployeeFilter.NONE);
        assertThat(form(null, null, "pns", "IV/f", "BOSS", null).toFilter()).as("unknown codes are ignored")
                .isEqualTo(EmployeeFilter.NONE);
    }

    @ParameterizedTest(name = "sort ''{0}'' -> {1}")
    @CsvSource(nullValues = "null", value = {
            "null,      name",
            "'',        name",
            "nip,       nip",
            "-opd,      -opd",
            "position,  position",
            "-rank,     -rank",
            "salary,    name",
            "--name,    name",
    })
    void onlyKnownColumnsSort(String sort, String effective) {
        assertThat(form(null, null, null, null, null, sort).getEffectiveSort()).isEqualTo(effective);
    }

    @Test
    void sortLinksToggleTheDirectionOfTheCurrentColumnOnly() {
        EmployeeSearchForm byName = form(null, null, null, null, null, null);
        assertThat(byName.sortQuery("name")).isEqualTo("sort=-name");
        assertThat(byName.sortQuery("nip")).isEqualTo("sort=nip");
        EmployeeSearchForm byNipDesc = form("a b", null, "PNS", null, null, "-nip");
        assertThat(byNipDesc.sortQuery("nip")).isEqualTo("q=a+b&type=PNS&sort=nip");
        assertThat(byNipDesc.sortQuery("name")).as("the default sort is left out").isEqualTo("q=a+b&type=PNS");
        assertThat(byNipDesc.getSortKey()).isEqualTo("nip");
        assertThat(byNipDesc.isSortDescending()).isTrue();
    }

    @Test
    void queryIsUrlEncodedAndLeavesOutPageAndBlanks() {
        EmployeeSearchForm f = form("Ani & Budi", "UPT/1", "", "III/a", null, "-name");
        f.setPage(4);
        assertThat(f.getQuery()).isEqualTo("q=Ani+%26+Budi&opd=UPT%2F1&rank=III%2Fa&sort=-name");
        assertThat(f.getPageNumber()).isEqualTo(4);
        f.setPage(-3);
        assertThat(f.getPageNumber()).isZero();
    }

    @Test
    void filteredMeansAnyFilterButNotSortOrPage() {
        EmployeeSearchForm f = form(null, null, null, null, null, "-nip");
        f.setPage(2);
        assertThat(f.isFiltered()).isFalse();
        assertThat(form(null, null, null, null, "FUNGSIONAL", null).isFiltered()).isTrue();
        assertThat(form(null, null, "NOPE", null, null, null).isFiltered()).isFalse();
    }
}
