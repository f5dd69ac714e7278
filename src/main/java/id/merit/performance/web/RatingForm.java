package id.merit.performance.web;

import id.merit.performance.SkpRating;
import id.merit.performance.domain.RatingService;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

/** The ratings of one ANNUAL evaluation; {@code version} is empty for a first rating (optimistic locking). */
@Getter
@Setter
class RatingForm {
    @NotNull
    private SkpRating results;
    @NotNull
    private SkpRating behaviour;
    private Integer version;

    static RatingForm of(RatingService.Line line) {
        RatingForm f = new RatingForm();
        if (line.annual() != null) {
            f.results = line.annual().results();
            f.behaviour = line.annual().behaviour();
            f.version = line.annual().version();
        }
        return f;
    }
}
