package id.merit.dataimport.web;

/** The upload form: which kind, and whether to store anything. The file itself is a separate multipart part. */
public class ImportForm {
    private String kind;
    private boolean dryRun;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null || kind.isBlank() ? null : kind.trim();
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }
}
