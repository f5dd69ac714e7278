package id.merit.talent;

/** The 9-box of a year in figures for other modules (the regent's dashboard), for everyone in the caller's scope. */
public interface TalentQueries {

    /** How many measured staff stand in each box, computed in one pass like the grid page {@code /talent/{year}}. */
    BoxCounts boxCounts(int year);

    /**
     * {@code counts} index 0–8 = box 1–9 (PermenPANRB 3/2020 numbering); {@code pool} the placed staff in the talent pool;
     * {@code unplaced} measured staff without the inputs.
     */
    record BoxCounts(int year, java.util.List<Long> counts, long placed, long pool, long unplaced) {
        public long count(int box) {
            return counts.get(box - 1);
        }
    }
}
