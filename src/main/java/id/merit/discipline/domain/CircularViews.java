package id.merit.discipline.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Read models of circulars and their acknowledgement rates. */
public final class CircularViews {

    private CircularViews() {
    }

    /** Percentage 0–100 with one decimal; null when there is nobody to count. */
    static Double rate(long acknowledged, long staff) {
        return staff == 0 ? null : Math.round(acknowledged * 1000.0 / staff) / 10.0;
    }

    public record Summary(long id, String number, LocalDate issuedOn, String title, boolean allStaff, List<String> targets, long staff,
                          long acknowledged) {
        public Double rate() {
            return CircularViews.rate(acknowledged, staff);
        }
    }

    /** One OPD's staff placed directly in it, and how many of them acknowledged (on behalf included). */
    public record OpdRate(long opdId, String code, String name, int depth, long staff, long acknowledged, long onBehalf) {
        public Double rate() {
            return CircularViews.rate(acknowledged, staff);
        }
    }

    public record Detail(long id, String number, LocalDate issuedOn, String title, String body, boolean allStaff, List<String> targets,
                         String publishedBy, OffsetDateTime publishedAt, List<OpdRate> rates, long staff, long acknowledged,
                         boolean acknowledgeSelf, boolean acknowledgedSelf) {
        public Double rate() {
            return CircularViews.rate(acknowledged, staff);
        }
    }

    public record StaffRow(String nip, String name, String opdName) {
    }
}
