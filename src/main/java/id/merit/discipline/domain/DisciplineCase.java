package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.rules.CaseStage;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.discipline.rules.Relation;
import id.merit.discipline.SedangRegime;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

/** A discipline case (table {@code discipline.case_file}); the employee and position are copies taken at opening. */
@Entity
@Table(schema = "discipline", name = "case_file")
@Getter
@Setter
public class DisciplineCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Column(name = "employee_id")
    private long employeeId;
    private String nip;
    @Column(name = "employee_name")
    private String employeeName;
    @Column(name = "employee_rank")
    private String employeeRank;
    @Column(name = "position_name")
    private String positionName;
    @Enumerated(EnumType.STRING)
    @Column(name = "position_kind")
    private PositionKind positionKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "position_level")
    private PositionLevel positionLevel;
    @Column(name = "opd_id")
    private long opdId;
    @Column(name = "opd_name")
    private String opdName;
    @Enumerated(EnumType.STRING)
    private CaseSource source;
    @Column(name = "attendance_year")
    private Integer attendanceYear;
    @Column(name = "attendance_band")
    private String attendanceBand;
    @Column(name = "source_basis")
    private String sourceBasis;
    @Column(name = "finding_id")
    private Long findingId;
    private String allegation;
    @Enumerated(EnumType.STRING)
    @Column(name = "expected_level")
    private PunishmentLevel expectedLevel;
    @Enumerated(EnumType.STRING)
    private CaseStage stage;
    @Column(name = "opened_on")
    private LocalDate openedOn;
    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "summons_number")
    private String summonsNumber;
    @Column(name = "summons_date")
    private LocalDate summonsDate;
    @Column(name = "exam_date")
    private LocalDate examDate;
    @Column(name = "exam_place")
    private String examPlace;
    @Column(name = "summoner_name")
    private String summonerName;
    @Column(name = "summoner_nip")
    private String summonerNip;
    @Column(name = "summoner_position")
    private String summonerPosition;

    @Column(name = "bap_date")
    private LocalDate bapDate;
    @Column(name = "bap_summary")
    private String bapSummary;
    private String examiners;
    @Column(name = "accused_absent")
    private boolean accusedAbsent;
    @Column(name = "team_superior")
    private String teamSuperior;
    @Column(name = "team_inspectorate")
    private String teamInspectorate;
    @Column(name = "team_hr")
    private String teamHr;

    @Column(name = "decision_number")
    private String decisionNumber;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Enumerated(EnumType.STRING)
    private DecidingOfficial official;
    @Enumerated(EnumType.STRING)
    private Relation relation;
    @Column(name = "official_name")
    private String officialName;
    @Column(name = "official_nip")
    private String officialNip;
    @Column(name = "official_position")
    private String officialPosition;
    @Enumerated(EnumType.STRING)
    @Column(name = "sanction_kind")
    private PunishmentKind sanctionKind;
    @Column(name = "sanction_months")
    private Integer sanctionMonths;
    @Enumerated(EnumType.STRING)
    @Column(name = "sedang_regime")
    private SedangRegime sedangRegime;

    @Column(name = "receipt_date")
    private LocalDate receiptDate;
    @Column(name = "effective_date")
    private LocalDate effectiveDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "day_counting")
    private DayCounting dayCounting;

    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "closed_note")
    private String closedNote;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    private int version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("seq")
    private List<Violation> violations = new ArrayList<>();

    /** Whether the tim pemeriksa (atasan langsung, inspectorate, HR) is complete. */
    boolean teamComplete() {
        return notBlank(teamSuperior) && notBlank(teamInspectorate) && notBlank(teamHr);
    }

    void addViolation(String description, PunishmentKind kind, Integer months) {
        Violation v = new Violation();
        v.setSeq(violations.size() + 1);
        v.setDescription(description);
        v.setSanctionKind(kind);
        v.setSanctionMonths(months);
        violations.add(v);
    }

    /** The fields an audit entry shows for a step. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", stage == null ? null : stage.name());
        m.put("expectedLevel", expectedLevel == null ? null : expectedLevel.name());
        m.put("summonsNumber", summonsNumber);
        m.put("summonsDate", str(summonsDate));
        m.put("examDate", str(examDate));
        m.put("bapDate", str(bapDate));
        String team = java.util.stream.Stream.of(teamSuperior, teamInspectorate, teamHr).filter(DisciplineCase::notBlank)
                .collect(java.util.stream.Collectors.joining(" / "));
        m.put("team", team.isEmpty() ? null : team);
        m.put("decisionNumber", decisionNumber);
        m.put("decisionDate", str(decisionDate));
        m.put("official", official == null ? null : official.name());
        m.put("sanction", sanctionKind == null ? null : sanctionKind.name() + (sanctionMonths == null ? "" : " " + sanctionMonths));
        m.put("receiptDate", str(receiptDate));
        m.put("effectiveDate", str(effectiveDate));
        m.put("endDate", str(endDate));
        m.put("cancelReason", cancelReason);
        m.put("closedNote", closedNote);
        m.put("violations", violations.size());
        return m;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
