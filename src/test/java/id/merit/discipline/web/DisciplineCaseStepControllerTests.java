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
import id.merit.discipline.domain.AuthorityProblemFactory;
import id.merit.discipline.domain.CaseCommands;
import id.merit.discipline.domain.CaseMother;
import id.merit.discipline.domain.CaseViews.Warning;
import id.merit.discipline.domain.DisciplineRuleSet;
import id.merit.discipline.rules.AuthorityPolicy;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.discipline.rules.Relation;
import id.merit.discipline.rules.Sanction;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.shared.BusinessProblem;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The workflow steps: BKPSDM only, errors back on the case page, refusals explained, stale forms refused. */
class DisciplineCaseStepControllerTests extends DisciplineWebTestSupport {

    @BeforeEach
    void setUp() {
        when(rules.on(any())).thenReturn(DisciplineRuleSet.DEFAULT);
    }

    @Test
    void summonsIsRecordedAndALateExaminationSaysSo() throws Exception {
        when(workflow.summon(eq(7L), eq(1), any())).thenReturn(List.of(new Warning("discipline.warning.examLate", LocalDate.of(2025, 3, 13),
                LocalDate.of(2025, 3, 12))));

        mvc.perform(post("/discipline/cases/7/summons").with(as(Role.OFFICER)).with(csrf()).param("version", "1")
                        .param("number", "800/1/SP/2025").param("letterDate", "2025-03-03").param("examDate", "2025-03-13")
                        .param("examPlace", "Ruang rapat").param("summonerName", "Siti").param("summonerPosition", "Kepala Bidang"))
                .andExpect(redirectedUrl("/discipline/cases/7"))
                .andExpect(flash().attribute("success", "discipline.summons.savedWithWarning"));

        ArgumentCaptor<CaseCommands.Summons> cmd = ArgumentCaptor.forClass(CaseCommands.Summons.class);
        verify(workflow).summon(eq(7L), eq(1), cmd.capture());
        assertThat(cmd.getValue().examDate()).isEqualTo(LocalDate.of(2025, 3, 13));
    }

    @Test
    void anIncompleteSummonsComesBackOnTheCasePage() throws Exception {
        when(cases.get(7L)).thenReturn(CaseMother.opened());

        String html = mvc.perform(post("/discipline/cases/7/summons").with(as(Role.ADMIN)).with(csrf()).param("version", "1")
                        .param("number", "800/1/SP/2025").param("letterDate", "2025-03-03"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("action=\"/discipline/cases/7/summons\"", "value=\"800/1/SP/2025\"", "Wajib diisi.");
        verify(workflow, never()).summon(anyLong(), anyInt(), any());
    }

    @Test
    void onlyBkpsdmRunsTheSteps() throws Exception {
        for (Role role : List.of(Role.OPD_HEAD, Role.REGENT, Role.EMPLOYEE)) {
            mvc.perform(post("/discipline/cases/7/decision").with(as(role)).with(csrf()).param("version", "1"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/discipline/cases/7/cancel").with(as(role)).with(csrf()).param("version", "1").param("reason", "x"))
                    .andExpect(status().isForbidden());
        }
        verify(workflow, never()).decide(anyLong(), anyInt(), any());
        verify(workflow, never()).cancel(anyLong(), anyInt(), any());
    }

    @Test
    void theDecisionFormProposesTheInstanceProfilesSigningOfficial() throws Exception {
        when(cases.get(7L)).thenReturn(CaseMother.examined());
        when(profile.current()).thenReturn(java.util.Optional.of(new id.merit.profile.InstanceProfile("Kabupaten Barito Timur",
                "Tamiang Layang", "BKPSDM", "Jl. Contoh 1", "Asia/Jakarta", false, "Drs. Ahmad Yani", "196805121990031004",
                "Bupati Barito Timur", "Pembina Utama Muda, IV/c", 0)));

        String html = mvc.perform(get("/discipline/cases/7").with(as(Role.OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("value=\"Drs. Ahmad Yani\"", "value=\"196805121990031004\"", "value=\"Bupati Barito Timur\"");
    }

    @Test
    void withoutASigningOfficialInTheProfileTheDecisionFormLeavesTheOfficialEmpty() throws Exception {
        when(cases.get(7L)).thenReturn(CaseMother.examined());

        String html = mvc.perform(get("/discipline/cases/7").with(as(Role.OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"officialName\"").doesNotContain("Drs. Ahmad Yani");
    }

    @Test
    void anUnauthorisedDecisionIsRefusedWithWhatTheOfficialMayImpose() throws Exception {
        when(cases.get(7L)).thenReturn(CaseMother.examined());
        // T12: a Pengawas may impose only ringan on a JF in its environment
        when(workflow.decide(eq(7L), eq(3), any())).thenThrow(AuthorityProblemFactory.of(DecidingOfficial.PENGAWAS, PunishmentKind.PENUNDAAN_KGB,
                AuthorityPolicy.check(DecidingOfficial.PENGAWAS, PositionKind.FUNGSIONAL, PositionLevel.AHLI_PERTAMA,
                        Relation.JF_IN_ENVIRONMENT, PunishmentKind.PENUNDAAN_KGB)));

        String html = mvc.perform(decision()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Pejabat Pengawas tidak berwenang menjatuhkan Penundaan kenaikan gaji berkala 1 tahun (PP 53/2010) kepada pegawai ini.",
                "Kewenangannya: semua hukuman ringan (PP 94/2021 Pasal 23 ayat (1)).");
    }

    @Test
    void aDecisionRedirectsWithThePunishmentImposed() throws Exception {
        when(workflow.decide(eq(7L), eq(3), any())).thenReturn(Sanction.of(PunishmentKind.TEGURAN_TERTULIS, null));

        mvc.perform(decision()).andExpect(redirectedUrl("/discipline/cases/7"))
                .andExpect(flash().attribute("success", "discipline.decision.saved"))
                .andExpect(flash().attribute("successArgs", "Teguran tertulis"));

        ArgumentCaptor<CaseCommands.Decision> cmd = ArgumentCaptor.forClass(CaseCommands.Decision.class);
        verify(workflow).decide(eq(7L), eq(3), cmd.capture());
        assertThat(cmd.getValue().sanctions()).containsExactly(new CaseCommands.ViolationSanction(11L, PunishmentKind.TEGURAN_TERTULIS, null),
                new CaseCommands.ViolationSanction(12L, PunishmentKind.TEGURAN_LISAN, null));
        assertThat(cmd.getValue().official()).isEqualTo(DecidingOfficial.PENGAWAS);
    }

    @Test
    void aStaleFormIsRefused() throws Exception {
        when(cases.get(7L)).thenReturn(CaseMother.examined());
        when(workflow.decide(eq(7L), eq(3), any())).thenThrow(new BusinessProblem(null, "form.error.stale"));

        String html = mvc.perform(decision()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Data ini telah diubah orang lain sejak Anda membukanya.");
    }

    @Test
    void aDecisionPostedAfterTheCaseMovedOnComesBackWithItsErrorNotA500() throws Exception {
        // a second tab: the case is already decided, the decision form of the stale page is posted again
        when(cases.get(7L)).thenReturn(CaseMother.decided());
        when(workflow.decide(eq(7L), eq(3), any())).thenThrow(new BusinessProblem(null, "discipline.case.error.step", "DECIDED", "DECIDED"));

        String html = mvc.perform(decision()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("action=\"/discipline/cases/7/decision\"", "Muat ulang halaman.");
    }

    @Test
    void deliveryAndCancelAndClose() throws Exception {
        when(workflow.deliver(7L, 4, LocalDate.of(2025, 3, 10))).thenReturn(List.of());
        mvc.perform(post("/discipline/cases/7/delivery").with(as(Role.OFFICER)).with(csrf()).param("version", "4")
                .param("receiptDate", "2025-03-10")).andExpect(flash().attribute("success", "discipline.delivery.saved"));

        mvc.perform(post("/discipline/cases/8/cancel").with(as(Role.OFFICER)).with(csrf()).param("version", "2")
                .param("reason", "Pegawai ternyata sedang dinas luar")).andExpect(redirectedUrl("/discipline/cases/8"));
        verify(workflow).cancel(8L, 2, "Pegawai ternyata sedang dinas luar");

        when(cases.get(7L)).thenReturn(CaseMother.delivered());
        String html = mvc.perform(post("/discipline/cases/7/close").with(as(Role.OFFICER)).with(csrf()).param("version", "3")
                .param("reason", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("action=\"/discipline/cases/7/close\"", "Wajib diisi.");
        verify(workflow, never()).close(anyLong(), anyInt(), any());
    }

    private static org.springframework.test.web.servlet.RequestBuilder decision() {
        return post("/discipline/cases/7/decision").with(as(Role.OFFICER)).with(csrf()).param("version", "3")
                .param("number", "800/7/HD/2025").param("decisionDate", "2025-03-06").param("official", "PENGAWAS")
                .param("relation", "ONE_LEVEL_BELOW").param("officialName", "Siti Aminah").param("officialPosition", "Kepala Bidang")
                .param("sanctions[0].violationId", "11").param("sanctions[0].kind", "TEGURAN_TERTULIS")
                .param("sanctions[1].violationId", "12").param("sanctions[1].kind", "TEGURAN_LISAN");
    }
}
