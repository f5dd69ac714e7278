package id.merit.orgunit.web;

import id.merit.shared.NoHtml;
import id.merit.orgunit.OpdCommands.OpdData;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.OpdView;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
class OpdForm {
    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9._-]{1,32}", message = "{opd.form.codeFormat}")
    private String code;
    @NotBlank
    @Size(max = 200)
    @NoHtml
    private String name;
    @NotNull
    private OpdKind kind;
    private String parentCode;
    @Size(max = 300)
    @NoHtml
    private String address;
    @DecimalMin("-90")
    @DecimalMax("90")
    private BigDecimal latitude;
    @DecimalMin("-180")
    @DecimalMax("180")
    private BigDecimal longitude;
    private int version;

    static OpdForm of(OpdView v, int version) {
        OpdForm f = new OpdForm();
        f.code = v.code();
        f.name = v.name();
        f.kind = v.kind();
        f.parentCode = v.parentCode();
        f.address = v.address();
        f.latitude = v.latitude();
        f.longitude = v.longitude();
        f.version = version;
        return f;
    }

    boolean coordinatesHalfFilled() {
        return (latitude == null) != (longitude == null);
    }

    OpdData toData() {
        return new OpdData(code.trim(), name.trim(), kind, parentCode == null || parentCode.isBlank() ? null : parentCode,
                address == null || address.isBlank() ? null : address.trim(), latitude, longitude);
    }
}
