package id.merit.discipline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.domain.CaseCommands;
import id.merit.discipline.domain.CaseMother;
import id.merit.discipline.domain.CaseViews;
import id.merit.discipline.domain.CaseViews.Detail;
import id.merit.discipline.domain.DisciplineRuleSet;
import id.merit.discipline.domain.ObjectionKind;
import id.merit.discipline.domain.ObjectionOutcome;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Second summons, relief and objection: who may take which step, and what the case page offers to whom. */
class DisciplineRemedyControllerTests extends DisciplineWebTestSupport {

    /** Delivered, with the 14 working days to object still running (the page compares with the real clock). */
    static Detail objectable() {
        return CaseMother.withObjection(CaseMother.delivered(), new CaseViews.ObjectionView(LocalDate.now().plusDays(10), null, null, null,
                false, null, null, null, null, null, null, null, null, null, null));
    }

    @BeforeEach
    void setUp() {
        when(rules.on(any())).thenReturn(DisciplineRuleSet.DEFAULT);
    }

    @Test
    void theEmployeeSeesTheObjectionFormOnTheirOwnCaseOnly() throws Exception {
        when(cases.get(7L)).thenReturn(objectable());

        String own = mvc.perform(get("/discipline/cases/7").with(as(Role.EMPLOYEE))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(own).contains("action=\"/discipline/cases/7/objection\"", "Ajukan keberatan", "14 hari kerja sejak keputusan diterima")
                .doesNotContain("action=\"/discipline/cases/7/close\"");

        String other = mvc.perform(get("/discipline/cases/7").with(as(new CurrentUser("lain", Role.EMPLOYEE, null, "199001012015011001"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain("action=\"/discipline/cases/7/objection\"");
        String head = mvc.perform(get("/discipline/cases/7").with(as(Role.OPD_HEAD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(head).doesNotContain("action=\"/discipline/cases/7/objection\"");
    }

    @Test
    void theEmployeeFilesAnObjectionAndARefusalComesBackAsAFieldError() throws Exception {
        mvc.perform(post("/discipline/cases/7/objection").with(as(Role.EMPLOYEE)).with(csrf()).param("version", "4")
                        .param("filedOn", "2025-03-20").param("grounds", "Saya sakit").param("evidence", "Surat dokter"))
                .andExpect(redirectedUrl("/discipline/cases/7"))
                .andExpect(flash().attribute("success", "discipline.objection.filed"));
        ArgumentCaptor<CaseCommands.ObjectionFiling> cmd = ArgumentCaptor.forClass(CaseCommands.ObjectionFiling.class);
        verify(workflow).fileObjection(eq(7L), eq(4), cmd.capture());
        assertThat(cmd.getValue().grounds()).isEqualTo("Saya sakit");

        when(cases.get(7L)).thenReturn(objectable());
        org.mockito.Mockito.doThrow(new BusinessProblem("filedOn", "discipline.objection.error.late", "2025-04-03"))
                .when(workflow).fileObjection(eq(7L), eq(5), any());
        String html = mvc.perform(post("/discipline/cases/7/objection").with(as(Role.EMPLOYEE)).with(csrf()).param("version", "5")
                        .param("filedOn", "2025-04-04").param("grounds", "Terlambat"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Batas pengajuan keberatan 14 hari kerja sejak keputusan diterima sudah lewat (paling lambat 2025-04-03");
    }

    @Test
    void groundsAreRequiredAndOtherRolesMayNotFile() throws Exception {
        when(cases.get(7L)).thenReturn(objectable());
        mvc.perform(post("/discipline/cases/7/objection").with(as(Role.EMPLOYEE)).with(csrf()).param("version", "4")
                        .param("filedOn", "2025-03-20").param("grounds", " "))
                .andExpect(status().isOk());
        for (Role role : List.of(Role.OPD_HEAD, Role.REGENT)) {
            mvc.perform(post("/discipline/cases/7/objection").with(as(role)).with(csrf()).param("version", "4")
                            .param("filedOn", "2025-03-20").param("grounds", "x"))
                    .andExpect(status().isForbidden());
        }
        verify(workflow, never()).fileObjection(anyLong(), anyInt(), any());
    }

    @Test
    void onlyBkpsdmAnswersAnObjectionAndALateAnswerSaysSo() throws Exception {
        for (Role role : List.of(Role.EMPLOYEE, Role.OPD_HEAD, Role.REGENT)) {
            mvc.perform(post("/discipline/cases/7/objection/answer").with(as(role)).with(csrf()).param("version", "5"))
                    .andExpect(status().isForbidden());
        }
        when(workflow.answerObjection(eq(7L), eq(5), any())).thenReturn(List.of(new CaseViews.Warning("discipline.warning.objectionLate")));
        mvc.perform(post("/discipline/cases/7/objection/answer").with(as(Role.OFFICER)).with(csrf()).param("version", "5")
                        .param("outcome", "LIGHTENED").param("number", "800/KB").param("decidedOn", "2025-04-10")
                        .param("receivedOn", "2025-04-14").param("kind", "TEGURAN_LISAN"))
                .andExpect(redirectedUrl("/discipline/cases/7"))
                .andExpect(flash().attribute("success", "discipline.objection.answeredWithWarning"));
        ArgumentCaptor<CaseCommands.ObjectionAnswer> cmd = ArgumentCaptor.forClass(CaseCommands.ObjectionAnswer.class);
        verify(workflow).answerObjection(eq(7L), eq(5), cmd.capture());
        assertThat(cmd.getValue().outcome()).isEqualTo(ObjectionOutcome.LIGHTENED);
        assertThat(cmd.getValue().kind()).isEqualTo(PunishmentKind.TEGURAN_LISAN);
    }

    @Test
    void aPendingObjectionShowsTheAnswerFormWithItsDeadline() throws Exception {
        when(cases.get(7L)).thenReturn(CaseMother.withObjection(CaseMother.delivered(), new CaseViews.ObjectionView(LocalDate.of(2025, 4, 8),
                ObjectionKind.OBJECTION, LocalDate.of(2025, 3, 24), "pegawai", false, "Saya sakit", null, LocalDate.of(2025, 4, 21), null,
                null, null, null, null, PunishmentKind.TEGURAN_TERTULIS, null)));
        String html = mvc.perform(get("/discipline/cases/7").with(as(Role.OFFICER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("action=\"/discipline/cases/7/objection/answer\"", "Wajib diputus paling lambat 21 April 2025",
                "Sedang diproses; hukuman belum berlaku", "Alasan: Saya sakit");
    }

    @Test
    void theSecondSummonsAndTheReliefAreBkpsdmSteps() throws Exception {
        when(cases.get(7L)).thenReturn(CaseMother.summoned());
        String page = mvc.perform(get("/discipline/cases/7").with(as(Role.OFFICER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        // the second summons is offered; the relief only where a berat punishment is likely (this case: ringan)
        assertThat(page).contains("action=\"/discipline/cases/7/second-summons\"").doesNotContain("action=\"/discipline/cases/7/relief\"");

        mvc.perform(post("/discipline/cases/7/second-summons").with(as(Role.OPD_HEAD)).with(csrf()).param("version", "2"))
                .andExpect(status().isForbidden());
        when(workflow.summonAgain(eq(7L), eq(2), any())).thenReturn(List.of());
        mvc.perform(post("/discipline/cases/7/second-summons").with(as(Role.OFFICER)).with(csrf()).param("version", "2")
                        .param("number", "800/SP-2").param("letterDate", "2025-03-04").param("examDate", "2025-03-10")
                        .param("examPlace", "Ruang rapat"))
                .andExpect(redirectedUrl("/discipline/cases/7"))
                .andExpect(flash().attribute("success", "discipline.secondSummons.saved"));
        mvc.perform(post("/discipline/cases/7/relief").with(as(Role.EMPLOYEE)).with(csrf()).param("version", "2"))
                .andExpect(status().isForbidden());
    }
}
