package id.merit.orgunit.domain;

import id.merit.orgunit.OpdKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

@Entity
@Table(schema = "orgunit", name = "opd")
@Getter
@Setter
public class Opd {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private OpdKind kind;
    @Column(name = "parent_id")
    private Long parentId;
    private String address;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    private int version;

    Map<String, Object> snapshot(String parentCode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("kind", kind == null ? null : kind.name());
        m.put("parentCode", parentCode);
        m.put("address", address);
        m.put("latitude", latitude == null ? null : latitude.stripTrailingZeros().toPlainString());
        m.put("longitude", longitude == null ? null : longitude.stripTrailingZeros().toPlainString());
        return m;
    }
}
