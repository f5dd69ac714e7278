package id.merit.orgunit.web;

import id.merit.orgunit.Competencies;
import id.merit.orgunit.PostCommands.PostData;
import id.merit.orgunit.PostView;
import id.merit.shared.NoHtml;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** Creates or edits (and moves: another OPD or superior) a post. Kind and level codes as in interchange.md. */
@Getter
@Setter
class PostForm {
    static final List<String> KINDS = List.of("JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS", "PELAKSANA", "FUNGSIONAL");
    static final List<String> LEVELS = List.of("AHLI_UTAMA", "AHLI_MADYA", "AHLI_MUDA", "AHLI_PERTAMA", "PENYELIA", "MAHIR",
            "TERAMPIL", "PEMULA");

    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9._/-]{1,32}", message = "{opd.form.codeFormat}")
    private String code;
    @NotBlank
    private String opdCode;
    @NotBlank
    @Size(max = 200)
    @NoHtml
    private String name;
    @NotBlank
    @Pattern(regexp = "JPT_PRATAMA|ADMINISTRATOR|PENGAWAS|PELAKSANA|FUNGSIONAL")
    private String positionKind;
    @Pattern(regexp = "|AHLI_UTAMA|AHLI_MADYA|AHLI_MUDA|AHLI_PERTAMA|PENYELIA|MAHIR|TERAMPIL|PEMULA")
    private String positionLevel;
    private String superiorCode;
    @NotNull
    @Min(1)
    @Max(100000)
    private Integer slots = 1;
    private boolean keyPost;
    @Min(1) @Max(5) private Integer integrity;
    @Min(1) @Max(5) private Integer cooperation;
    @Min(1) @Max(5) private Integer communication;
    @Min(1) @Max(5) private Integer results;
    @Min(1) @Max(5) private Integer publicService;
    @Min(1) @Max(5) private Integer developingOthers;
    @Min(1) @Max(5) private Integer managingChange;
    @Min(1) @Max(5) private Integer decisionMaking;
    @Min(1) @Max(5) private Integer socioCultural;
    @Min(1) @Max(5) private Integer technical;
    private int version;

    static PostForm of(PostView p, int version) {
        PostForm f = new PostForm();
        f.code = p.code();
        f.opdCode = p.opdCode();
        f.name = p.name();
        f.positionKind = p.positionKind();
        f.positionLevel = p.positionLevel();
        f.superiorCode = p.superiorCode();
        f.slots = p.slots();
        f.keyPost = p.keyPost();
        Competencies c = p.competencies();
        f.integrity = c.integrity();
        f.cooperation = c.cooperation();
        f.communication = c.communication();
        f.results = c.results();
        f.publicService = c.publicService();
        f.developingOthers = c.developingOthers();
        f.managingChange = c.managingChange();
        f.decisionMaking = c.decisionMaking();
        f.socioCultural = c.socioCultural();
        f.technical = c.technical();
        f.version = version;
        return f;
    }

    boolean levelWithoutFungsional() {
        return positionLevel != null && !positionLevel.isBlank() && !"FUNGSIONAL".equals(positionKind);
    }

    PostData toData() {
        return new PostData(code.trim(), opdCode, name.trim(), positionKind,
                positionLevel == null || positionLevel.isBlank() ? null : positionLevel,
                superiorCode == null || superiorCode.isBlank() ? null : superiorCode, slots, keyPost,
                new Competencies(integrity, cooperation, communication, results, publicService, developingOthers,
                        managingChange, decisionMaking, socioCultural, technical));
    }
}
