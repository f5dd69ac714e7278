package id.merit.orgunit;

import java.math.BigDecimal;

/** Read model of one OPD. {@code depth} is 0 for a top-level unit. */
public record OpdView(long id, String code, String name, OpdKind kind, Long parentId, String parentCode, String address,
                      BigDecimal latitude, BigDecimal longitude, int depth) {

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
