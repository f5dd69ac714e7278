package id.merit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 9 item 7: a search with a double space finds what a single space finds; paging stays within the pages. */
class SearchTextTests {

    @ParameterizedTest
    @CsvSource({"'Siti  Aminah', Siti Aminah", "'  Siti Aminah ', Siti Aminah", "'Siti \t Aminah', Siti Aminah", "'1985', 1985"})
    void runsOfWhiteSpaceCountAsOne(String typed, String expected) {
        assertThat(SearchText.normalize(typed)).isEqualTo(expected);
    }

    @Test
    void blankIsNoSearch() {
        assertThat(SearchText.normalize("   ")).isNull();
        assertThat(SearchText.normalize(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            // page, size, total, hasPrevious, previousPage, hasNext
            "0, 25, 100, false, 0, true",
            "1, 25, 100, true, 0, true",
            "3, 25, 100, true, 2, false",
            "9, 25, 100, true, 3, false", // an address past the end links back to the last page, not to page 8
            "0, 25, 0, false, 0, false"})
    void pagingNeverLinksBeforeTheFirstOrPastTheLastPage(int page, int size, long total, boolean hasPrevious, int previous,
                                                         boolean hasNext) {
        PagedResult<String> p = new PagedResult<>(java.util.List.of(), page, size, total);
        assertThat(p.hasPrevious()).isEqualTo(hasPrevious);
        assertThat(p.previousPage()).isEqualTo(previous);
        assertThat(p.hasNext()).isEqualTo(hasNext);
    }
}
