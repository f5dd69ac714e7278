package id.merit.employee.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeMother;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class EmployeeFormControllerTests extends EmployeeWebTestSupport {

    private static final String NIP = EmployeeMother.PNS_NIP;

    @BeforeEach
    void setUp() {
        when(opds.tree()).thenReturn(tree());
        when(employees.get(NIP)).thenReturn(EmployeeMother.pns());
        when(directory.ref(NIP)).thenReturn(Optional.of(new EmployeeRef(1L, NIP, "Budi Santoso, S.Kom.", EmployeeType.PNS, 10L,
                PositionKind.FUNGSIONAL, EmployeeMother.pns().birthDate())));
    }

    /** A complete, valid submission of {@link EmployeeMother#pns()}, with some fields replaced (name, value, ...). */
    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... overrides) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("nip", NIP);
        form.put("name", "Budi Santoso, S.Kom.");
        form.put("gender", "M");
        form.put("birthDate", "1985-03-12");
        form.put("employeeType", "PNS");
        form.put("opdCode", "DISKOMINFO");
        form.put("rank", "III/b");
        form.put("positionName", "Pranata Komputer Ahli Pertama");
        form.put("positionKind", "FUNGSIONAL");
        form.put("positionLevel", "AHLI_PERTAMA");
        form.put("functionalProfession", "");
        form.put("homeLat", "-2.548926");
        form.put("homeLon", "112.951287");
        form.put("phone", "0812-5555-0101");
        form.put("email", "budi@example.go.id");
        for (int i = 0; i < overrides.length; i += 2) {
            form.put(overrides[i], overrides[i + 1]);
        }
        form.forEach(request::param);
        return request;
    }

    @Test
    void officerGetsAnEmptyCreateFormWithCsrfToken() throws Exception {
        String html = mvc.perform(get("/employees/new").with(as(Role.OFFICER)))
                .andExpect(status().isOk()).andExpect(view().name("employee/form"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Tambah Pegawai", "action=\"/employees/new\"", "name=\"_csrf\"", "name=\"nip\"",
                "<option value=\"III/b\">III/b – Penata Muda Tingkat I</option>", "<option value=\"DISKOMINFO\">");
    }

    @Test
    void editFormIsFilledWithTheRecordAndItsVersion() throws Exception {
        String html = mvc.perform(get("/employees/" + NIP + "/edit").with(as(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(view().name("employee/form"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Ubah Data Pegawai", "action=\"/employees/" + NIP + "/edit\"",
                "name=\"version\" value=\"3\"", "value=\"Budi Santoso, S.Kom.\"", "value=\"1985-03-12\"",
                "<option value=\"III/b\" selected=\"selected\">", "<option value=\"DISKOMINFO\" selected=\"selected\">");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EMPLOYEE", "OPD_HEAD", "REGENT", "ASSESSOR"})
    void onlyBkpsdmStaffMayCreateOrEdit(Role role) throws Exception {
        mvc.perform(get("/employees/new").with(as(role))).andExpect(status().isForbidden());
        mvc.perform(valid(post("/employees/new")).with(as(role)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/employees/" + NIP + "/edit").with(as(role))).andExpect(status().isForbidden());
        mvc.perform(valid(post("/employees/" + NIP + "/edit"), "version", "3").with(as(role)).with(csrf()))
                .andExpect(status().isForbidden());
        verify(commands, never()).create(any());
        verify(commands, never()).update(anyLong(), any(), anyInt());
    }

    @Test
    void postWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(valid(post("/employees/" + NIP + "/edit"), "version", "3").with(as(Role.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(valid(post("/employees/new")).with(as(Role.ADMIN))).andExpect(status().isForbidden());
        verify(commands, never()).update(anyLong(), any(), anyInt());
        verify(commands, never()).create(any());
    }

    @Test
    void invalidNipReRendersTheFormWithTheFieldErrorAndTheInput() throws Exception {
        String html = mvc.perform(valid(post("/employees/new"), "nip", "19850312201001100", "name", "Budi Baru")
                        .with(as(Role.OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("employee/form"))
                .andExpect(model().attributeHasFieldErrorCode("employeeForm", "nip", "nip.error.LENGTH"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("NIP PNS/CPNS harus 18 digit.", "value=\"19850312201001100\"", "value=\"Budi Baru\"",
                "is-invalid");
        verify(commands, never()).create(any());
    }

    @Test
    void pnsNipMustMatchBirthDateAndGender() throws Exception {
        MvcResult result = mvc.perform(valid(post("/employees/new"), "birthDate", "1985-03-13", "gender", "F")
                        .with(as(Role.OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(fieldErrorCodes(result, "nip")).containsExactly("nip.error.BIRTH_DATE_MISMATCH", "nip.error.GENDER_MISMATCH");
        assertThat(result.getResponse().getContentAsString())
                .contains("Digit 1–8 NIP tidak sama dengan tanggal lahir.", "Digit ke-15 NIP tidak sesuai jenis kelamin.");
        verify(commands, never()).create(any());
    }

    /** The last code of each error of the field: the message key it was rejected with. */
    private static List<String> fieldErrorCodes(MvcResult result, String field) {
        BindingResult errors = (BindingResult) result.getModelAndView().getModel()
                .get(BindingResult.MODEL_KEY_PREFIX + "employeeForm");
        return errors.getFieldErrors(field).stream().map(FieldError::getCode).toList();
    }

    @Test
    void htmlInTheNameIsRefusedWithAClearMessage() throws Exception {
        String html = mvc.perform(valid(post("/employees/new"), "name", "<script>alert(1)</script>")
                        .with(as(Role.OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("employeeForm", "name", "Pattern"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Nama tidak boleh memuat tanda &lt; atau &gt; (kode HTML)")
                .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"").doesNotContain("<script>alert(1)");
        verify(commands, never()).create(any());
    }

    @Test
    void crossFieldRulesBecomeFieldErrors() throws Exception {
        // an honorary worker with a rank, a level on a non-functional position, half a coordinate pair
        mvc.perform(valid(post("/employees/new"), "nip", "PHL-2021.0042", "employeeType", "NON_ASN_PHL", "rank", "II/a",
                        "positionKind", "PELAKSANA", "positionLevel", "MAHIR", "homeLon", "").with(as(Role.OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("employeeForm", "rank", "employee.error.rankNotAllowed"))
                .andExpect(model().attributeHasFieldErrorCode("employeeForm", "positionLevel", "employee.error.levelOnlyFunctional"))
                .andExpect(model().attributeHasFieldErrorCode("employeeForm", "homeLon", "employee.error.coordinatesPair"))
                .andExpect(model().attributeErrorCount("employeeForm", 3));
        verify(commands, never()).create(any());
    }

    @Test
    void serviceRefusalOnAFieldBecomesThatFieldsError() throws Exception {
        when(commands.create(any())).thenThrow(new BusinessProblem("nip", "employee.error.nipTaken", NIP));

        String html = mvc.perform(valid(post("/employees/new")).with(as(Role.OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("employeeForm", "nip", "employee.error.nipTaken"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("NIP " + NIP + " sudah terdaftar.");
    }

    @Test
    void staleVersionIsAGlobalErrorAndKeepsTheInput() throws Exception {
        doThrow(new BusinessProblem(null, "form.error.stale")).when(commands).update(anyLong(), any(), anyInt());

        String html = mvc.perform(valid(post("/employees/" + NIP + "/edit"), "name", "Budi Santoso, S.Kom., M.T.", "version", "2")
                        .with(as(Role.OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("employee/form"))
                .andExpect(model().attributeHasErrors("employeeForm"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("alert alert-danger", "telah diubah orang lain sejak Anda membukanya")
                .contains("value=\"Budi Santoso, S.Kom., M.T.\"", "name=\"version\" value=\"2\"");
        verify(commands).update(anyLong(), any(), org.mockito.ArgumentMatchers.eq(2));
    }

    @Test
    void concurrentSaveDetectedAtFlushIsAlsoStale() throws Exception {
        doThrow(new OptimisticLockingFailureException("row was updated")).when(commands).update(anyLong(), any(), anyInt());

        mvc.perform(valid(post("/employees/" + NIP + "/edit"), "version", "3").with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("employeeForm"))
                .andExpect(view().name("employee/form"));
    }

    @Test
    void createRedirectsToTheRecordWithAFlashMessage() throws Exception {
        mvc.perform(valid(post("/employees/new")).with(as(Role.OFFICER)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/employees/" + NIP))
                .andExpect(flash().attribute("success", "employee.flash.created"))
                .andExpect(flash().attribute("successArgs", "Budi Santoso, S.Kom."));

        verify(commands).create(EmployeeMother.pnsData());
    }

    @Test
    void editSavesWithTheFormVersionAndFollowsANipCorrection() throws Exception {
        String corrected = "198503122010011003";

        mvc.perform(valid(post("/employees/" + NIP + "/edit"), "nip", corrected, "version", "3")
                        .with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/employees/" + corrected))
                .andExpect(flash().attribute("success", "employee.flash.updated"));

        EmployeeData expected = EmployeeMother.pnsData();
        verify(commands).update(1L, new EmployeeData(corrected, expected.name(), expected.gender(), expected.birthDate(),
                expected.employeeType(), expected.opdCode(), expected.rank(), expected.positionName(), expected.positionKind(),
                expected.positionLevel(), expected.functionalProfession(), expected.homeLat(), expected.homeLon(),
                expected.phone(), expected.email()), 3);
    }

    @Test
    void editOfAnUnknownEmployeeIsNotFound() throws Exception {
        when(employees.get("404")).thenThrow(new NotFoundProblem("employee.error.notFound", "404"));
        when(directory.ref("404")).thenReturn(Optional.empty());

        mvc.perform(get("/employees/404/edit").with(as(Role.OFFICER))).andExpect(status().isNotFound());
        mvc.perform(valid(post("/employees/404/edit"), "version", "0").with(as(Role.OFFICER)).with(csrf()))
                .andExpect(status().isNotFound());
        verify(commands, never()).update(anyLong(), any(), anyInt());
    }
}
