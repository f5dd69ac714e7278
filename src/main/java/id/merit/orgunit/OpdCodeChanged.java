package id.merit.orgunit;

/** An OPD got a new code (same OPD, same id); published inside the change's transaction. */
public record OpdCodeChanged(long opdId, String oldCode, String newCode) {
}
