package id.merit.profile.web;

import id.merit.shared.NoHtml;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The instance profile form; the logo comes as a separate multipart part. */
@Getter
@Setter
class ProfileForm {
    @NotBlank @Size(max = 120) @NoHtml
    private String region;
    @Size(max = 120) @NoHtml
    private String capital;
    @NotBlank @Size(max = 200) @NoHtml
    private String agency;
    @Size(max = 300) @NoHtml
    private String address;
    @NotBlank
    private String zone = "Asia/Jakarta";
    @Size(max = 120) @NoHtml
    private String signerName;
    @Pattern(regexp = "(\\d{18})?", message = "{profile.error.nip}")
    private String signerNip;
    @Size(max = 200) @NoHtml
    private String signerPosition;
    @Size(max = 10) @NoHtml
    private String signerRank;
    private int version;
    private org.springframework.web.multipart.MultipartFile logo;
}
