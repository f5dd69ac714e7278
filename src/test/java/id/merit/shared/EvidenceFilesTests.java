package id.merit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evidence is judged by its leading bytes: PDF, JPEG and PNG only, whatever the name says. */
class EvidenceFilesTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
            "255044462d312e37,           application/pdf",  // %PDF-1.7
            "255044462d,                 application/pdf",  // the five bytes alone
            "2550444620,                 -",                // %PDF followed by a space: not the signature
            "ffd8ffe0,                   image/jpeg",
            "ffd8,                       -",                // two bytes short of a JPEG
            "89504e470d0a1a0a0000,       image/png",
            "89504e470d0a1a,             -",                // seven of the eight PNG bytes
            "474946383961,               -",                // GIF89a
            "3c7376673e,                 -",                // <svg>
            "'',                         -",
    })
    void contentTypeByTheLeadingBytes(String hex, String type) {
        assertThat(EvidenceFiles.contentType(HexFormat.of().parseHex(hex)).orElse(null)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
            "surat dokter.pdf,              surat dokter.pdf",
            "C:\\Users\\budi\\surat.pdf,    surat.pdf",
            "../../etc/passwd,              passwd",
            "bukti<script>.png,             bukti_script_.png",
            "-,                             bukti",
            "'   ',                         bukti",
    })
    void safeNames(String name, String safe) {
        assertThat(EvidenceFiles.safeName(name, "bukti")).isEqualTo(safe);
    }
}
