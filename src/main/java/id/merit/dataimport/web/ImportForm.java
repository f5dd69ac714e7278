package id.merit.dataimport.web;

/**
 * The upload form: which kind, whether to store anything, and the device an attlog export came from. The file itself
 * is a separate multipart part.
 */
public class ImportForm {
    private String kind;
    private boolean dryRun;
    private String deviceSn;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null || kind.isBlank() ? null : kind.trim();
    }

    public String getDeviceSn() {
        return deviceSn;
    }

    public void setDeviceSn(String deviceSn) {
        this.deviceSn = deviceSn == null || deviceSn.isBlank() ? null : deviceSn.trim();
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }
}
