package id.merit.discipline.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The letterhead of discipline letters: {@code merit.discipline.letters.government} (e.g. "Pemerintah Kabupaten
 * Barito Timur"), {@code .agency} (the issuing BKPSDM) and {@code .place} (where letters are signed).
 */
@ConfigurationProperties("merit.discipline.letters")
public record LetterSettings(@DefaultValue("Pemerintah Kabupaten") String government,
                             @DefaultValue("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia") String agency,
                             @DefaultValue("") String place) {
}
