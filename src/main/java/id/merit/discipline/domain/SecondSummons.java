package id.merit.discipline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The second summons when the accused missed the first examination (PP 94/2021 Pasal 26 ayat (3)), and, when they
 * miss the second one too, the day of that and the evidence the decision rests on instead of a BAP (ayat (4)).
 */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor(access = AccessLevel.PACKAGE)
public class SecondSummons {
    @Column(name = "second_summons_number")
    private String number;
    @Column(name = "second_summons_date")
    private LocalDate letterDate;
    @Column(name = "second_exam_date")
    private LocalDate examDate;
    @Column(name = "second_exam_place")
    private String examPlace;
    @Column(name = "absent_again_on")
    private LocalDate absentAgainOn;
    @Column(name = "evidence_note")
    private String evidenceNote;

    SecondSummons absentAgain(String evidence) {
        return new SecondSummons(number, letterDate, examDate, examPlace, examDate, evidence);
    }
}
