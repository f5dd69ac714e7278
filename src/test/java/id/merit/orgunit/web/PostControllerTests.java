package id.merit.orgunit.web;

import static id.merit.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.merit.audit.AuditLog;
import id.merit.orgunit.ActingKind;
import id.merit.orgunit.ActingOfficial;
import id.merit.orgunit.Competencies;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.OpdView;
import id.merit.orgunit.PostHolders;
import id.merit.orgunit.PostView;
import id.merit.orgunit.domain.OpdService;
import id.merit.orgunit.domain.PostService;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.Role;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = PostController.class)
@Import(id.merit.system.security.SecurityConfig.class)
class PostControllerTests {
    static final OpdView DINKES = new OpdView(1, "DINKES", "Dinas Kesehatan", OpdKind.DINAS, null, null, null, null, null, 0);
    static final PostView KADIN = postView("KADINKES", "Kepala Dinas Kesehatan", "JPT_PRATAMA", null, 1, true);
    static final PostView SEKDIN = postView("SEKDINKES", "Sekretaris Dinas Kesehatan", "ADMINISTRATOR", "KADINKES", 1, false);
    static final PostView PRAKOM = postView("PRAKOM", "Pranata Komputer Ahli Muda", "FUNGSIONAL", "SEKDINKES", 3, false);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PostService posts;
    @MockitoBean
    OpdService opds;
    @MockitoBean
    PostHolders holders;
    @MockitoBean
    AuditLog audit;

    static PostView postView(String code, String name, String kind, String superior, int slots, boolean key) {
        return new PostView(code.hashCode(), code, 1, "DINKES", "Dinas Kesehatan", name, kind,
                kind.equals("FUNGSIONAL") ? "AHLI_MUDA" : null, superior, slots, key, Competencies.NONE, null);
    }

    @BeforeEach
    void setUp() {
        given(opds.byCode("DINKES")).willReturn(Optional.of(DINKES));
        given(opds.subtreeIds("DINKES")).willReturn(Set.of(1L));
        given(posts.forOpd("DINKES")).willReturn(List.of(PRAKOM, SEKDIN, KADIN));
        given(holders.holdersOn(any())).willReturn(Map.of(
                "KADINKES", List.of(new PostHolders.Holder("KADINKES", "196801011990031001", "dr. Hendra", LocalDate.of(2021, 1, 4),
                        LocalDate.of(2028, 1, 1), true)),
                "PRAKOM", List.of(new PostHolders.Holder("PRAKOM", "199001012015031001", "Andi", LocalDate.of(2021, 1, 4),
                        LocalDate.of(2048, 1, 1), false))));
        given(posts.actingOfficials()).willReturn(List.of(
                new ActingOfficial(1, "SEKDINKES", "198001012005011001", ActingKind.PLT, LocalDate.of(2020, 1, 1), null)));
    }

    @Test
    void chartAndFormationShowHoldersActingAndVacancies() throws Exception {
        String html = mvc.perform(get("/opds/DINKES/posts").with(as(Role.OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        // the chart nests the posts below their superiors: kepala dinas, sekretaris, JF
        assertThat(html).containsSubsequence("id=\"org-chart\"", "Kepala Dinas Kesehatan", "Jabatan kunci", "dr. Hendra",
                "BUP dalam 2 tahun", "Sekretaris Dinas Kesehatan", "Plt", "198001012005011001", "1 formasi kosong", "Pranata Komputer Ahli Muda", "Andi",
                "2 formasi kosong");
        // formation: 5 slots, 2 filled (the Plt does not fill the post), 3 vacant
        assertThat(html.substring(html.indexOf("<tfoot>"))).containsSubsequence("Jumlah", "5", "2", "3");
    }

    @Test
    void formationExportsAsXlsx() throws Exception {
        byte[] body = mvc.perform(get("/opds/DINKES/posts.xlsx").with(as(Role.OPD_HEAD, "DINKES", null)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(FormationWorkbook.CONTENT_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Formasi");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("KADINKES");
            assertThat(sheet.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(5);
        }
    }

    @Test
    void postPageShowsHoldersCompetenciesActingAndItsHistoryToBkpsdm() throws Exception {
        PostView kadin = new PostView(9, "KADINKES", 1, "DINKES", "Dinas Kesehatan", "Kepala Dinas Kesehatan", "JPT_PRATAMA", null,
                "SEKDA", 1, true, new Competencies(5, 4, 4, 4, 4, 4, 4, 4, 4, 3), null);
        given(posts.get("KADINKES")).willReturn(kadin);
        given(posts.actingOfficials()).willReturn(List.of(
                new ActingOfficial(2, "KADINKES", "198001012005011001", ActingKind.PLH, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9))));
        String html = mvc.perform(get("/posts/KADINKES").with(as(Role.OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).containsSubsequence("Kepala Dinas Kesehatan", "Jabatan kunci", "href=\"/posts/SEKDA\"",
                "Integritas", "5", "Kompetensi teknis", "3", "dr. Hendra", "1 Januari 2028", "BUP dalam 2 tahun",
                "Plh", "198001012005011001", "5 Januari 2026", "action=\"/posts/KADINKES/acting\"");
        verify(audit).history("POST", "KADINKES", 50);
    }

    @Test
    void actingOfficialWithEndBeforeStartIsRefusedOnTheField() throws Exception {
        given(posts.get("KADINKES")).willReturn(KADIN);
        org.mockito.BDDMockito.willThrow(new id.merit.shared.BusinessProblem("endDate", "post.error.endBeforeStart")).given(posts)
                .addActing("KADINKES", "198001012005011001", ActingKind.PLT, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1));
        String html = mvc.perform(post("/posts/KADINKES/acting").with(csrf()).with(as(Role.OFFICER))
                        .param("nip", "198001012005011001").param("kind", "PLT").param("startDate", "2026-02-01")
                        .param("endDate", "2026-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Tanggal selesai tidak boleh sebelum tanggal mulai.");
    }

    @Test
    void outOfScopeIsForbidden() throws Exception {
        given(posts.forOpd("DINKES")).willThrow(new AccessDeniedProblem("scope"));
        mvc.perform(get("/opds/DINKES/posts").with(as(Role.OPD_HEAD, "DINSOS", null))).andExpect(status().isForbidden());
        mvc.perform(get("/opds/DINKES/posts").with(as(Role.EMPLOYEE, null, "199001012015031001"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyBkpsdmLinksPositions() throws Exception {
        given(holders.unlinked(anySet())).willReturn(List.of(new PostHolders.UnlinkedPosition("199101012019031001", "Rina",
                "Pranata Komputer Ahli Muda", "FUNGSIONAL", "AHLI_MUDA", 1, LocalDate.of(2022, 1, 3))));
        String html = mvc.perform(get("/opds/DINKES/posts/unlinked").with(as(Role.OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).containsSubsequence("Rina", "Saran", "value=\"PRAKOM\"", "Semua jabatan OPD");

        mvc.perform(post("/opds/DINKES/posts/link").with(csrf()).with(as(Role.OFFICER))
                        .param("nip", "199101012019031001").param("postCode", "PRAKOM"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/opds/DINKES/posts/unlinked"));
        verify(holders).linkCurrentPosition("199101012019031001", "PRAKOM");

        mvc.perform(post("/opds/DINKES/posts/link").with(csrf()).with(as(Role.OPD_HEAD, "DINKES", null))
                .param("nip", "1").param("postCode", "PRAKOM")).andExpect(status().isForbidden());
        verify(holders, never()).linkCurrentPosition("1", "PRAKOM");
    }

    @Test
    void suggestionsPreferTheSameKindAndSharedWords() {
        var u = new PostHolders.UnlinkedPosition("1", "Rina", "Pranata Komputer Ahli Muda", "FUNGSIONAL", "AHLI_MUDA", 1,
                LocalDate.of(2022, 1, 3));
        assertThat(PostController.suggest(u, List.of(KADIN, SEKDIN, PRAKOM))).containsExactly(PRAKOM);
    }
}
