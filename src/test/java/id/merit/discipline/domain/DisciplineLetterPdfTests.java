package id.merit.discipline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.discipline.domain.CaseViews.Detail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The three letters render to PDF from their Thymeleaf templates, in Indonesian, with the employee and the legal basis. */
class DisciplineLetterPdfTests {

    private static final LetterSettings KOP = new LetterSettings("Pemerintah Kabupaten Barito Timur",
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Tamiang Layang");

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void rendersAPdfWithTheEmployeeAndTheLegalBasis(LetterKind kind) throws IOException {
        Detail c = kind == LetterKind.SECOND_SUMMONS ? CaseMother.summonedTwice() : CaseMother.delivered();

        byte[] pdf = LetterService.render(engine(), kind, c, KOP);

        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains(CaseMother.NAME, CaseMother.NIP, "Pengadministrasi Umum", "Dinas Komunikasi dan Informatika",
                "PEMERINTAH KABUPATEN BARITO TIMUR", "Tamiang Layang", "Peraturan Pemerintah Nomor 94 Tahun 2021",
                // issue 9 item 6: the full pangkat (PP 99/2000) and the place of issue
                "Penata Muda Tingkat I, III/b", "Ditetapkan di Tamiang Layang");
        // the superior (a Pengawas of Diskominfo) signs every one of these: the letterhead is the OPD's, not the BKPSDM's
        assertThat(text).doesNotContain("BADAN KEPEGAWAIAN");
        switch (kind) {
            case SUMMONS -> assertThat(text).contains("SURAT PANGGILAN", "Nomor: 800/KD-2025-00007/SP/2025", "Senin, 3 Maret 2025",
                    "Ruang rapat Diskominfo", "Pasal 26", "24 Februari 2025", "Siti Aminah, S.Kom.");
            // PP 94/2021 Ps 26(3): the second letter names the missed first examination and sets a new one
            case SECOND_SUMMONS -> assertThat(text).contains("SURAT PANGGILAN II", "Nomor: 800/KD-2025-00007/SP-2/2025",
                    "Senin, 3 Maret 2025", "Senin, 10 Maret 2025", "Pasal 26 ayat (3)", "4 Maret 2025", "Siti Aminah, S.Kom.");
            case REPRIMAND -> assertThat(text).contains("SURAT TEGURAN TERTULIS", "800/KD-2025-00007/HD/2025",
                    "PP 94/2021 Pasal 8 ayat (2) huruf b", "PP 94/2021 Pasal 23 ayat (1)", "hari ke-15", "6 Maret 2025");
            case DECISION -> assertThat(text).contains("KEPUTUSAN KEPALA BIDANG APLIKASI", "NOMOR 800/KD-2025-00007/HD/2025",
                    "TEGURAN TERTULIS", "MEMUTUSKAN", "KESATU", "PP 94/2021 Pasal 8 ayat (2) huruf b", "Pasal 38 ayat (1)",
                    "3 April 2025");
        }
    }

    /** The instance profile's letterhead: address under the agency, "Ditetapkan di" its capital. */
    @org.junit.jupiter.api.Test
    void theProfileSetsTheLetterheadAndThePlace() throws IOException {
        Letterhead profile = new Letterhead("Pemerintah Kota Palangka Raya", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                "Jl. Tjilik Riwut Km 5", "Palangka Raya", "data:image/png;base64,"
                + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        byte[] pdf = LetterService.render(engine(), LetterKind.DECISION, CaseMother.delivered(), profile, "Jl. Ahmad Yani No. 1");
        try (PDDocument doc = Loader.loadPDF(pdf)) { // the logo is drawn in the letterhead
            var resources = doc.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).anySatisfy(name -> assertThat(resources.getXObject(name))
                    .isInstanceOf(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class));
        }
        String text = text(pdf);
        assertThat(text).contains("PEMERINTAH KOTA PALANGKA RAYA", "DINAS KOMUNIKASI DAN INFORMATIKA", "Ditetapkan di Palangka Raya",
                "pada tanggal 6 Maret 2025", "Jl. Ahmad Yani No. 1");
        assertThat(text).doesNotContain("Jl. Tjilik Riwut"); // the BKPSDM's address is not the OPD's
        assertThat(profile.issuedBy(LetterKind.DECISION, CaseMother.delivered(), null).agency()).isEqualTo("Dinas Komunikasi dan Informatika");
        assertThat(profile.issuedBy(LetterKind.DECISION, CaseMother.opened(), null)).isSameAs(profile); // no OPD official: the BKPSDM's
    }

    static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/employee", "i18n/discipline");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
