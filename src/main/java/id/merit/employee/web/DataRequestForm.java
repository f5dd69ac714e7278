package id.merit.employee.web;

import id.merit.employee.EducationLevel;
import id.merit.employee.FamilyRelation;
import id.merit.employee.TrainingKind;
import id.merit.employee.domain.DataRequestService;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * An employee's data-update request: the education, training (each new or correcting a record), award or family fields
 * and the evidence.
 */
@Getter
@Setter
public class DataRequestForm {
    private DataRequestService.Kind kind = DataRequestService.Kind.TRAINING;
    private EducationLevel educationLevel;
    private String institution;
    private String major;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate graduationDate;
    private TrainingKind trainingKind;
    private String trainingName;
    private Integer trainingHours;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate trainingEndDate;
    /** A correction of this education record (empty: a new record). */
    private Long educationTarget;
    /** A correction of this training record (empty: a new record). */
    private Long trainingTarget;
    private String awardName;
    private String awardIssuer;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate awardedOn;
    private FamilyRelation familyRelation;
    private String familyName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate familyBirthDate;
    private MultipartFile evidence;

    DataRequestService.NewRequest toRequest() {
        Long target = kind == DataRequestService.Kind.EDUCATION ? educationTarget
                : kind == DataRequestService.Kind.TRAINING ? trainingTarget : null;
        return new DataRequestService.NewRequest(kind, educationLevel, institution, major, graduationDate, trainingKind, trainingName,
                trainingHours, trainingEndDate, target, awardName, awardIssuer, awardedOn, familyRelation, familyName, familyBirthDate);
    }

    /** The form field of the record a correction targets. */
    String targetField() {
        return kind == DataRequestService.Kind.EDUCATION ? "educationTarget" : "trainingTarget";
    }
}
