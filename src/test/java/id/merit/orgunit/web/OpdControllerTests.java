package id.merit.orgunit.web;

import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.OpdStaffCounts;
import id.merit.orgunit.OpdView;

import static id.merit.support.TestUsers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.merit.audit.AuditLog;
import id.merit.orgunit.domain.OpdService;
import id.merit.shared.BusinessProblem;
import id.merit.shared.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = OpdController.class)
@Import(id.merit.system.security.SecurityConfig.class)
class OpdControllerTests {
    static final OpdView DINKES = new OpdView(1, "DINKES", "Dinas Kesehatan", OpdKind.DINAS, null, null, "Jl. A", new BigDecimal("-2.1"),
            new BigDecimal("115.2"), 0);
    static final OpdView PKM = new OpdView(2, "PKM1", "UPT Puskesmas 1", OpdKind.UPT, 1L, "DINKES", null, null, null, 1);
    static final OpdView SETDA = new OpdView(3, "SETDA", "Sekretariat Daerah", OpdKind.SEKRETARIAT, null, null, null, null, null, 0);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    OpdService opds;
    @MockitoBean
    OpdStaffCounts counts;
    @MockitoBean
    AuditLog audit;

    @BeforeEach
    void setUp() {
        given(opds.tree()).willReturn(List.of(DINKES, PKM, SETDA));
        given(opds.byCode("DINKES")).willReturn(Optional.of(DINKES));
        given(opds.byCode("SETDA")).willReturn(Optional.of(SETDA));
        given(opds.subtreeIds("DINKES")).willReturn(Set.of(1L, 2L));
        given(opds.subtreeIds("SETDA")).willReturn(Set.of(3L));
        given(counts.countsByOpdAndType()).willReturn(Map.of(1L, Map.of("PNS", 10L), 2L, Map.of("PNS", 3L, "NON_ASN_PHL", 2L)));
        given(opds.version(anyLong())).willReturn(Optional.of(4));
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/opds")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void officerSeesTheWholeTree() throws Exception {
        mvc.perform(get("/opds").with(as(Role.OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sekretariat Daerah")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("UPT Puskesmas 1")));
    }

    @Test
    void opdHeadSeesOnlyTheirSubtree() throws Exception {
        mvc.perform(get("/opds").with(as(Role.OPD_HEAD, "DINKES", null))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("UPT Puskesmas 1")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Sekretariat Daerah"))));
        mvc.perform(get("/opds/SETDA").with(as(Role.OPD_HEAD, "DINKES", null))).andExpect(status().isForbidden());
    }

    @Test
    void detailSumsStaffOfSubUnits() throws Exception {
        mvc.perform(get("/opds/DINKES").with(as(Role.REGENT))).andExpect(status().isOk())
                .andExpect(model().attribute("totalStaff", 15L))
                .andExpect(model().attribute("direct", Map.of("PNS", 10L)))
                .andExpect(model().attributeDoesNotExist("history"));
    }

    @Test
    void regentAndEmployeesCannotEdit() throws Exception {
        mvc.perform(get("/opds/new").with(as(Role.REGENT))).andExpect(status().isForbidden());
        mvc.perform(get("/opds").with(as(Role.EMPLOYEE))).andExpect(status().isForbidden());
        mvc.perform(post("/opds/new").with(as(Role.OPD_HEAD)).with(csrf()).param("code", "X").param("name", "X").param("kind", "DINAS"))
                .andExpect(status().isForbidden());
        verify(opds, never()).create(any());
    }

    @Test
    void postWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/opds/new").with(as(Role.ADMIN)).param("code", "X").param("name", "X").param("kind", "DINAS"))
                .andExpect(status().isForbidden());
        verify(opds, never()).create(any());
    }

    @Test
    void createRedirectsWithFlash() throws Exception {
        mvc.perform(post("/opds/new").with(as(Role.OFFICER)).with(csrf()).param("code", "DLH").param("name", "Dinas Lingkungan Hidup")
                        .param("kind", "DINAS").param("parentCode", ""))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/opds/DLH")).andExpect(flash().attribute("success", "opd.saved"));
        verify(opds).create(new OpdCommands.OpdData("DLH", "Dinas Lingkungan Hidup", OpdKind.DINAS, null, null, null, null));
    }

    @Test
    void invalidInputIsShownNextToTheFieldsAndNothingIsSaved() throws Exception {
        mvc.perform(post("/opds/new").with(as(Role.OFFICER)).with(csrf()).param("code", "bad code!").param("name", "<b>Dinas</b>")
                        .param("kind", "DINAS").param("latitude", "-2.1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "code", "name", "longitude"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tidak boleh memuat karakter")));
        verify(opds, never()).create(any());
    }

    @Test
    void staleEditIsRefusedWithAGlobalMessageKeepingInput() throws Exception {
        willThrow(new BusinessProblem(null, "form.error.stale")).given(opds).update(eq(1L), any(), anyInt());
        mvc.perform(post("/opds/DINKES/edit").with(as(Role.ADMIN)).with(csrf()).param("code", "DINKES").param("name", "Dinas Kesehatan Baru")
                        .param("kind", "DINAS").param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("telah diubah orang lain")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Dinas Kesehatan Baru")));
    }

    @Test
    void moveUnderOwnSubUnitIsRefusedOnTheParentField() throws Exception {
        willThrow(new BusinessProblem("parentCode", "opd.error.cycle")).given(opds).update(eq(1L), any(), anyInt());
        mvc.perform(post("/opds/DINKES/edit").with(as(Role.ADMIN)).with(csrf()).param("code", "DINKES").param("name", "Dinas Kesehatan")
                        .param("kind", "DINAS").param("parentCode", "PKM1").param("version", "4"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "parentCode", "opd.error.cycle"));
    }

    @Test
    void englishIsAvailable() throws Exception {
        mvc.perform(get("/opds").param("lang", "en").with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Regional government units")));
    }
}
