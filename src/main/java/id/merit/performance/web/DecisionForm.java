package id.merit.performance.web;

import id.merit.performance.SkpRating;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The superior's decision on an objection; new ratings are required when it is granted (checked by the service). */
@Getter
@Setter
class DecisionForm {
    /** GRANTED or REJECTED. */
    @NotNull
    private Outcome outcome;
    @NotBlank
    @Size(min = 10, max = 2000)
    private String reasons;
    private SkpRating results;
    private SkpRating behaviour;
    private int version;

    enum Outcome { GRANTED, REJECTED }
}
