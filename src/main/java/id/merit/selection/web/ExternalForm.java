package id.merit.selection.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;

/** An external applicant: name, origin agency and their documents (at least one file). */
@Getter
@Setter
public class ExternalForm {
    @NotBlank(message = "{selection.form.required}")
    @Size(max = 200, message = "{selection.form.tooLong}")
    private String name;
    @NotBlank(message = "{selection.form.required}")
    @Size(max = 200, message = "{selection.form.tooLong}")
    private String originAgency;
    private List<MultipartFile> documents;
}
