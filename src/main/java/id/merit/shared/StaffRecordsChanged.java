package id.merit.shared;

/**
 * A record behind an employee's figures changed (education, training, position, an annual SKP predicate, a punishment,
 * a competency assessment): published synchronously inside the transaction that changed it, so that stored figures (the
 * IP ASN and the 9-box of the stored years) follow in the same transaction and are never read half-updated. Bulk imports
 * do not publish it per row (they leave the stored years to a recompute), except the {@code assessments} import, which
 * writes one row at a time anyway.
 */
public record StaffRecordsChanged(String nip) {
}
