package id.merit.talent.rules;

/**
 * Movement in the 9-box from year Y−1 to Y (PermenPANRB 3/2020 numbers the boxes from 1, the lowest, to 9, the
 * highest, so a higher number is a better box — Merit reads "up" that way): UP when this year's box number is higher,
 * DOWN when lower, SAME when equal, NEW when the employee had no box in Y−1 (no annual performance or no assessment
 * then, or not yet on the staff).
 */
public final class BoxMovement {

    public enum Direction { UP, SAME, DOWN, NEW }

    private BoxMovement() {
    }

    /** {@code previous} 0 when there was no box in Y−1; {@code current} 1–9. */
    public static Direction of(int previous, int current) {
        if (current < 1 || current > 9 || previous < 0 || previous > 9) {
            throw new IllegalArgumentException("boxes must be 1-9 (previous 0: none): " + previous + " -> " + current);
        }
        if (previous == 0) {
            return Direction.NEW;
        }
        int d = Integer.compare(current, previous);
        return d > 0 ? Direction.UP : d < 0 ? Direction.DOWN : Direction.SAME;
    }
}
