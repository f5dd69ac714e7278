package id.merit.employee.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.rules.SuperiorPolicy.Decision;
import id.merit.employee.rules.SuperiorPolicy.PostLink;
import id.merit.employee.rules.SuperiorPolicy.Standing;
import id.merit.employee.rules.SuperiorPolicy.Tenure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Direct superior from the post catalogue of a small regency: a dinas (secretariat line and a JF in a field),
 * a kecamatan and one of its kelurahan, all below the Sekda. PP 94/2021 Pasal 25 ayat (2) and PP 30/2019 (rater =
 * direct superior, else the next higher official) for the fall-back; BKN Circular 1/2021 for Plt/Plh.
 */
class SuperiorPolicyTests {

    static final List<PostLink> POSTS = List.of(
            new PostLink("SEKDA", null),
            new PostLink("KADINKES", "SEKDA"),
            new PostLink("SEKDINKES", "KADINKES"),
            new PostLink("KASUBBAG-UMUM", "SEKDINKES"),
            new PostLink("PELAKSANA-UMUM", "KASUBBAG-UMUM"),
            new PostLink("KABID-YANKES", "KADINKES"),
            new PostLink("PRAKOM-JF", "KABID-YANKES"),
            new PostLink("CAMAT-A", "SEKDA"),
            new PostLink("SEKCAM-A", "CAMAT-A"),
            new PostLink("KASI-PEM-A", "SEKCAM-A"),
            new PostLink("LURAH-A1", "CAMAT-A"),
            new PostLink("SEKLUR-A1", "LURAH-A1"),
            new PostLink("PELAKSANA-KEL", "SEKLUR-A1"));

    static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    /** Everyone in post since 2020; K3 (Kasubbag Umum) leaves on 30 June 2026. */
    static List<Tenure> base() {
        List<Tenure> t = new ArrayList<>();
        String[][] holders = {{"SEKDA", "S1"}, {"KADINKES", "K1"}, {"SEKDINKES", "K2"}, {"PELAKSANA-UMUM", "P1"},
                {"PELAKSANA-UMUM", "P2"}, {"KABID-YANKES", "K4"}, {"PRAKOM-JF", "J1"}, {"CAMAT-A", "C1"}, {"SEKCAM-A", "C2"},
                {"KASI-PEM-A", "C3"}, {"LURAH-A1", "L1"}, {"SEKLUR-A1", "L2"}, {"PELAKSANA-KEL", "L3"}};
        for (String[] h : holders) {
            t.add(new Tenure(h[0], h[1], Standing.DEFINITIVE, SINCE, null));
        }
        t.add(new Tenure("KASUBBAG-UMUM", "K3", Standing.DEFINITIVE, SINCE, LocalDate.of(2026, 6, 30)));
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                         | nip | date       | vacant            | acting                        | superior | post          | standing   | skipped | reason
            pelaksana to the head of the sub-section       | P1  | 2026-06-30 | -                 | -                             | K3       | KASUBBAG-UMUM | DEFINITIVE | 0       | -
            sub-section head gone the next day: one above  | P1  | 2026-07-01 | -                 | -                             | K2       | SEKDINKES     | DEFINITIVE | 1       | -
            two vacant posts are passed over               | P2  | 2026-07-01 | SEKDINKES         | -                             | K1       | KADINKES      | DEFINITIVE | 2       | -
            Plt on the vacant post from its first day      | P1  | 2026-07-01 | -                 | KASUBBAG-UMUM:X9:PLT:2026-07-01 | X9     | KASUBBAG-UMUM | PLT        | 0       | -
            Plt not yet started: falls back               | P1  | 2026-07-01 | -                 | KASUBBAG-UMUM:X9:PLT:2026-07-02 | K2     | SEKDINKES     | DEFINITIVE | 1       | -
            Plh stands in for a holder who is away         | K4  | 2026-03-02 | -                 | KADINKES:X8:PLH:2026-03-01    | X8       | KADINKES      | PLH        | 0       | -
            Plh ended the day before: the holder again     | K4  | 2026-03-02 | -                 | KADINKES:X8:PLH:2026-02-01:2026-03-01 | K1 | KADINKES    | DEFINITIVE | 0       | -
            one's own Plh post: the absent holder remains  | K2  | 2026-03-02 | -                 | KADINKES:K2:PLH:2026-03-01    | K1       | KADINKES      | DEFINITIVE | 0       | -
            one's own Plt post is passed over              | K2  | 2026-03-02 | KADINKES          | KADINKES:K2:PLT:2026-03-01    | S1       | SEKDA         | DEFINITIVE | 1       | -
            JF in a field reports to the field head        | J1  | 2026-03-02 | -                 | -                             | K4       | KABID-YANKES  | DEFINITIVE | 0       | -
            JF with the field head vacant: the kepala dinas | J1 | 2026-03-02 | KABID-YANKES      | -                             | K1       | KADINKES      | DEFINITIVE | 1       | -
            kepala dinas to the Sekda                      | K1  | 2026-03-02 | -                 | -                             | S1       | SEKDA         | DEFINITIVE | 0       | -
            kecamatan section head to the sekcam           | C3  | 2026-03-02 | -                 | -                             | C2       | SEKCAM-A      | DEFINITIVE | 0       | -
            sekcam to the camat                            | C2  | 2026-03-02 | -                 | -                             | C1       | CAMAT-A       | DEFINITIVE | 0       | -
            camat to the Sekda                             | C1  | 2026-03-02 | -                 | -                             | S1       | SEKDA         | DEFINITIVE | 0       | -
            kelurahan pelaksana to the seklur              | L3  | 2026-03-02 | -                 | -                             | L2       | SEKLUR-A1     | DEFINITIVE | 0       | -
            lurah to the camat                             | L1  | 2026-03-02 | -                 | -                             | C1       | CAMAT-A       | DEFINITIVE | 0       | -
            lurah with the camat vacant: the Sekda         | L1  | 2026-03-02 | CAMAT-A           | -                             | S1       | SEKDA         | DEFINITIVE | 1       | -
            seklur, lurah vacant, camat's Plt              | L2  | 2026-03-02 | LURAH-A1 CAMAT-A  | CAMAT-A:C2:PLT:2026-01-01     | C2       | CAMAT-A       | PLT        | 1       | -
            the Sekda is at the top                        | S1  | 2026-03-02 | -                 | -                             | -        | -             | -          | -       | TOP_POST
            everything above vacant                        | K1  | 2026-03-02 | SEKDA             | -                             | -        | -             | -          | -       | ALL_VACANT
            no linked position                             | Z1  | 2026-03-02 | -                 | -                             | -        | -             | -          | -       | NOT_LINKED
            a Plt alone does not give one a post           | X9  | 2026-07-01 | -                 | KASUBBAG-UMUM:X9:PLT:2026-07-01 | -      | -             | -          | -       | NOT_LINKED
            before anyone took post                        | P1  | 2019-12-31 | -                 | -                             | -        | -             | -          | -       | NOT_LINKED
            """)
    void directSuperior(String name, String nip, LocalDate on, String vacant, String acting, String superior, String post,
                        Standing standing, Integer skipped, SuperiorPolicy.NoSuperior reason) {
        List<Tenure> tenures = new ArrayList<>(base());
        if (vacant != null) {
            List<String> emptied = Arrays.asList(vacant.split(" "));
            tenures.removeIf(t -> emptied.contains(t.postCode()));
        }
        if (acting != null) {
            String[] a = acting.split(":");
            tenures.add(new Tenure(a[0], a[1], Standing.valueOf(a[2]), LocalDate.parse(a[3]),
                    a.length > 4 ? LocalDate.parse(a[4]) : null));
        }

        Decision d = SuperiorPolicy.directSuperior(nip, on, POSTS, tenures);

        if (superior == null) {
            assertThat(d.superior()).isNull();
            assertThat(d.reason()).isEqualTo(reason);
        } else {
            assertThat(d.reason()).isNull();
            assertThat(d.superior()).isEqualTo(new SuperiorPolicy.Superior(superior, post, standing, skipped));
        }
    }
}
