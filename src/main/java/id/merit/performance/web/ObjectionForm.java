package id.merit.performance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The employee's objection (keberatan): the reasons are required (PP 30/2019 Ps 59(1), "disertai dengan alasan-alasannya"). */
@Getter
@Setter
class ObjectionForm {
    @NotBlank
    @Size(min = 10, max = 2000)
    private String reasons;
}
