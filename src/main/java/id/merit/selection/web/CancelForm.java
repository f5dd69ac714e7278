package id.merit.selection.web;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** Cancelling a round: the version the officer saw and the reason (required, checked by DecisionPolicy). */
@Getter
@Setter
public class CancelForm {
    private int version;
    @Size(max = 2000, message = "{selection.form.tooLong}")
    private String reason;
}
