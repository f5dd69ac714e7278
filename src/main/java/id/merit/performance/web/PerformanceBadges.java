package id.merit.performance.web;

import id.merit.performance.ComplianceStatus;
import id.merit.performance.SkpPredicate;
import org.springframework.stereotype.Component;

/** The badge colour of each predicate, for the templates ({@code @performanceBadges.css(p)}). */
@Component("performanceBadges")
class PerformanceBadges {

    public String css(SkpPredicate predicate) {
        return of(predicate);
    }

    static String of(SkpPredicate predicate) {
        return switch (predicate) {
            case SANGAT_BAIK -> "text-bg-success";
            case BAIK -> "text-bg-primary";
            case BUTUH_PERBAIKAN -> "text-bg-warning";
            case KURANG -> "text-bg-danger";
            case SANGAT_KURANG -> "text-bg-dark";
        };
    }

    public String compliance(ComplianceStatus status) {
        return switch (status) {
            case COMPLETE -> "text-bg-success";
            case OPEN -> "text-bg-info";
            case NEGLECT -> "text-bg-danger";
            case NOTHING_DUE, NO_PERIOD -> "text-bg-secondary";
        };
    }
}
