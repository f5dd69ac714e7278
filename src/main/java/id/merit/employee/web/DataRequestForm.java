package id.merit.employee.web;

import id.merit.employee.EducationLevel;
import id.merit.employee.TrainingKind;
import id.merit.employee.domain.DataRequestService;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** An employee's data-update request: the education or the training fields (as the import columns) and the evidence. */
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
    private MultipartFile evidence;

    DataRequestService.NewRequest toRequest() {
        return new DataRequestService.NewRequest(kind, educationLevel, institution, major, graduationDate, trainingKind, trainingName,
                trainingHours, trainingEndDate);
    }
}
