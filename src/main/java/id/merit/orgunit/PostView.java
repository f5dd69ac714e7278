package id.merit.orgunit;

import java.time.LocalDate;

/**
 * Read model of one post (jabatan) of an OPD. {@code positionKind}/{@code positionLevel} carry the codes of
 * interchange.md (the enums live in the employee module, which depends on this one). {@code superiorCode} is the
 * post of the direct superior, null at the top. {@code retiredOn} is null while the post exists.
 */
public record PostView(long id, String code, long opdId, String opdCode, String opdName, String name,
                       String positionKind, String positionLevel, String superiorCode, int slots, boolean keyPost,
                       Competencies competencies, LocalDate retiredOn) {

    public boolean retired() {
        return retiredOn != null;
    }
}
