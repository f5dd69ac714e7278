package id.merit.talent.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.talent.rules.BoxMovement.Direction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 9-box movement Y−1 → Y (PermenPANRB 3/2020 box numbers, 9 highest; Merit's reading of up/down). */
class BoxMovementTests {

    @ParameterizedTest
    @CsvSource({
            "0, 1, NEW", "0, 9, NEW",
            "1, 2, UP", "8, 9, UP", "1, 9, UP", "4, 5, UP",
            "5, 5, SAME", "1, 1, SAME", "9, 9, SAME",
            "9, 8, DOWN", "2, 1, DOWN", "5, 4, DOWN",
    })
    void direction(int previous, int current, Direction expected) {
        assertThat(BoxMovement.of(previous, current)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 10", "-1, 5", "10, 5"})
    void outsideTheGridIsRefused(int previous, int current) {
        assertThatThrownBy(() -> BoxMovement.of(previous, current)).isInstanceOf(IllegalArgumentException.class);
    }
}
