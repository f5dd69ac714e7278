package id.merit.orgunit;

/** Writes other modules (imports, demo data) may make to the post catalogue; audited. */
public interface PostCommands {

    /**
     * A post as the {@code posts} import gives it (interchange.md §2). {@code competencies} null keeps the stored
     * levels (the file does not carry them).
     */
    record PostData(String code, String opdCode, String name, String positionKind, String positionLevel,
                    String superiorCode, int slots, boolean keyPost, Competencies competencies) {
    }

    /** Creates or updates by code; the OPD and the superior post must exist. A retired post listed again is reinstated. */
    OpdCommands.Outcome upsert(PostData data);
}
