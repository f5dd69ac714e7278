package id.merit.orgunit.web;

import static id.merit.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.merit.orgunit.Competencies;
import id.merit.orgunit.PostCommands.PostData;
import id.merit.orgunit.domain.OpdService;
import id.merit.orgunit.domain.PostService;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = PostFormController.class)
@Import(id.merit.system.security.SecurityConfig.class)
class PostFormControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PostService posts;
    @MockitoBean
    OpdService opds;

    @BeforeEach
    void setUp() {
        given(opds.tree()).willReturn(List.of(PostControllerTests.DINKES));
        given(opds.byCode("DINKES")).willReturn(Optional.of(PostControllerTests.DINKES));
        given(opds.subtreeIds("DINKES")).willReturn(Set.of(1L));
        given(posts.active()).willReturn(List.of(PostControllerTests.KADIN, PostControllerTests.SEKDIN));
        given(posts.forOpd("DINKES")).willReturn(List.of(PostControllerTests.KADIN, PostControllerTests.SEKDIN));
    }

    @Test
    void opdHeadCreatesAPostInTheirOpdWithCompetencyLevels() throws Exception {
        mvc.perform(post("/opds/DINKES/posts/new").with(csrf()).with(as(Role.OPD_HEAD, "DINKES", null))
                        .param("code", "DINKES-ANALIS").param("opdCode", "DINKES").param("name", "Analis Kebijakan")
                        .param("positionKind", "FUNGSIONAL").param("positionLevel", "AHLI_MUDA").param("superiorCode", "SEKDINKES")
                        .param("slots", "2").param("integrity", "3").param("technical", "4"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/posts/DINKES-ANALIS"));
        verify(posts).create(new PostData("DINKES-ANALIS", "DINKES", "Analis Kebijakan", "FUNGSIONAL", "AHLI_MUDA", "SEKDINKES",
                2, false, new Competencies(3, null, null, null, null, null, null, null, null, 4)));
    }

    @Test
    void badInputIsShownOnTheFormAndNothingIsSaved() throws Exception {
        mvc.perform(post("/opds/DINKES/posts/new").with(csrf()).with(as(Role.OFFICER))
                        .param("code", "DINKES-X").param("opdCode", "DINKES").param("name", "Kepala Seksi")
                        .param("positionKind", "PENGAWAS").param("positionLevel", "AHLI_MUDA").param("slots", "0")
                        .param("integrity", "6"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "positionLevel", "slots", "integrity"));
        verify(posts, never()).create(any());
    }

    @Test
    void aMoveBelowItsOwnSubordinateIsRefusedOnTheField() throws Exception {
        given(posts.get("KADINKES")).willReturn(PostControllerTests.KADIN);
        willThrow(new BusinessProblem("superiorCode", "post.error.cycle")).given(posts).update(eq("KADINKES"), any(), anyInt());
        String html = mvc.perform(post("/posts/KADINKES/edit").with(csrf()).with(as(Role.OFFICER))
                        .param("code", "KADINKES").param("opdCode", "DINKES").param("name", "Kepala Dinas Kesehatan")
                        .param("positionKind", "JPT_PRATAMA").param("superiorCode", "SEKDINKES").param("slots", "1"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "superiorCode"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Jabatan tidak dapat berada di bawah bawahannya sendiri.");
    }

    @Test
    void outsideTheirScopeAnOpdHeadIsForbiddenAndTheRegentCannotEdit() throws Exception {
        given(posts.forOpd("DINSOS")).willThrow(new AccessDeniedProblem("scope"));
        mvc.perform(get("/opds/DINSOS/posts/new").with(as(Role.OPD_HEAD, "DINKES", null))).andExpect(status().isForbidden());
        mvc.perform(get("/posts/KADINKES/edit").with(as(Role.REGENT))).andExpect(status().isForbidden());
    }
}
