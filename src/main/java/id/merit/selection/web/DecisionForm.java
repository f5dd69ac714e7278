package id.merit.selection.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * The regent's choice: a shortlisted candidate and, for another than the first-ranked, the written rationale (checked by
 * DecisionPolicy). Serializable: a refused form travels back to the page as a flash attribute in the JDBC session.
 */
@Getter
@Setter
public class DecisionForm implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    @NotNull(message = "{selection.form.required}")
    private Long applicationId;
    @Size(max = 4000, message = "{selection.form.tooLong}")
    private String rationale;
}
