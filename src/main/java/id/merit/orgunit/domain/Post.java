package id.merit.orgunit.domain;

import id.merit.orgunit.Competencies;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

@Entity
@Table(schema = "orgunit", name = "post")
@Getter
@Setter
class Post {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Column(name = "opd_id")
    private Long opdId;
    private String name;
    @Column(name = "position_kind")
    private String positionKind;
    @Column(name = "position_level")
    private String positionLevel;
    @Column(name = "superior_id")
    private Long superiorId;
    private int slots;
    @Column(name = "key_post")
    private boolean keyPost;
    @Column(name = "comp_integrity")
    private Short compIntegrity;
    @Column(name = "comp_cooperation")
    private Short compCooperation;
    @Column(name = "comp_communication")
    private Short compCommunication;
    @Column(name = "comp_results")
    private Short compResults;
    @Column(name = "comp_public_service")
    private Short compPublicService;
    @Column(name = "comp_developing_others")
    private Short compDevelopingOthers;
    @Column(name = "comp_managing_change")
    private Short compManagingChange;
    @Column(name = "comp_decision_making")
    private Short compDecisionMaking;
    @Column(name = "comp_socio_cultural")
    private Short compSocioCultural;
    @Column(name = "comp_technical")
    private Short compTechnical;
    @Column(name = "retired_on")
    private LocalDate retiredOn;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    private int version;

    Competencies competencies() {
        return new Competencies(i(compIntegrity), i(compCooperation), i(compCommunication), i(compResults),
                i(compPublicService), i(compDevelopingOthers), i(compManagingChange), i(compDecisionMaking),
                i(compSocioCultural), i(compTechnical));
    }

    void competencies(Competencies c) {
        compIntegrity = s(c.integrity());
        compCooperation = s(c.cooperation());
        compCommunication = s(c.communication());
        compResults = s(c.results());
        compPublicService = s(c.publicService());
        compDevelopingOthers = s(c.developingOthers());
        compManagingChange = s(c.managingChange());
        compDecisionMaking = s(c.decisionMaking());
        compSocioCultural = s(c.socioCultural());
        compTechnical = s(c.technical());
    }

    private static Integer i(Short s) {
        return s == null ? null : s.intValue();
    }

    private static Short s(Integer i) {
        return i == null ? null : i.shortValue();
    }

    Map<String, Object> snapshot(String opdCode, String superiorCode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("opdCode", opdCode);
        m.put("name", name);
        m.put("positionKind", positionKind);
        m.put("positionLevel", positionLevel);
        m.put("superiorCode", superiorCode);
        m.put("slots", slots);
        m.put("keyPost", keyPost);
        m.put("competencies", competencies().toString());
        m.put("retiredOn", retiredOn == null ? null : retiredOn.toString());
        return m;
    }
}
