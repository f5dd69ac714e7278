package id.merit.orgunit;

import java.math.BigDecimal;

/** Writes other modules (imports, demo data) may make. */
public interface OpdCommands {

    /** Data for creating or replacing an OPD; {@code parentCode} null for a top-level unit. */
    record OpdData(String code, String name, OpdKind kind, String parentCode, String address, BigDecimal latitude,
                   BigDecimal longitude) {
    }

    enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** Creates or updates by code; the parent must already exist. Audited. */
    Outcome upsert(OpdData data);
}
