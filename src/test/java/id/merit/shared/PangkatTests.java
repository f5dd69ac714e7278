package id.merit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PP 99/2000 (as amended by PP 12/2002), Lampiran I: the 17 golongan ruang of a PNS and their pangkat, row for row. */
class PangkatTests {

    @ParameterizedTest
    @CsvSource({
            "I/a,   Juru Muda",
            "I/b,   Juru Muda Tingkat I",
            "I/c,   Juru",
            "I/d,   Juru Tingkat I",
            "II/a,  Pengatur Muda",
            "II/b,  Pengatur Muda Tingkat I",
            "II/c,  Pengatur",
            "II/d,  Pengatur Tingkat I",
            "III/a, Penata Muda",
            "III/b, Penata Muda Tingkat I",
            "III/c, Penata",
            "III/d, Penata Tingkat I",
            "IV/a,  Pembina",
            "IV/b,  Pembina Tingkat I",
            "IV/c,  Pembina Utama Muda",
            "IV/d,  Pembina Utama Madya",
            "IV/e,  Pembina Utama"})
    void everyGolonganHasItsPangkat(String golongan, String pangkat) {
        assertThat(Pangkat.name(golongan)).isEqualTo(pangkat);
        assertThat(Pangkat.full(golongan)).isEqualTo(pangkat + ", " + golongan);
    }

    @Test
    void aCodeWithoutPangkatIsWrittenAsItIs() {
        assertThat(Pangkat.name("IX")).isNull(); // a PPPK grade has no PNS pangkat
        assertThat(Pangkat.full("IX")).isEqualTo("IX");
        assertThat(Pangkat.full(null)).isEqualTo("-");
        assertThat(Pangkat.full(" ")).isEqualTo("-");
        assertThat(Pangkat.name("III/B")).isEqualTo("Penata Muda Tingkat I");
        assertThat(Pangkat.name("V/a")).isNull();
    }
}
