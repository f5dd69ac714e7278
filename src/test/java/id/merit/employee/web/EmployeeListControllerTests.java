package id.merit.employee.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.merit.audit.AuditAction;
import id.merit.employee.EmployeeFilter;
import id.merit.employee.EmployeeMother;
import id.merit.employee.EmployeeType;
import id.merit.employee.EmployeeView;
import id.merit.employee.PositionKind;
import id.merit.shared.CurrentUser;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.web.servlet.MvcResult;

class EmployeeListControllerTests extends EmployeeWebTestSupport {

    private static final List<EmployeeView> TWO = List.of(EmployeeMother.pns(), EmployeeMother.honorary());

    @BeforeEach
    void setUp() {
        when(opds.tree()).thenReturn(tree());
        when(employees.search(any(), anyString(), anyInt(), anyInt())).thenReturn(new PagedResult<>(TWO, 0, 25, 2));
    }

    @Test
    void officerGetsTheFullPageWithRowsFiltersAndCreateButton() throws Exception {
        String html = mvc.perform(get("/employees").with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(view().name("employee/list"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Budi Santoso, S.Kom.", "198503122010011002", "Siti Aminah", "PHL-2021.0042")
                .contains("id=\"employee-filter\"", "hx-get=\"/employees\"", "hx-target=\"#employee-rows\"", "hx-push-url=\"true\"")
                .contains("Tambah Pegawai", "href=\"/employees/198503122010011002\"")
                .contains("Non-ASN PHL", "Dinas Kesehatan", "2 pegawai")
                // the OPD select is indented by depth
                .contains(">\u00a0\u00a0\u00a0Puskesmas Baru</option>")
                // sorted by name (default): its header sorts descending, and no link ends in a bare '?'
                .contains("href=\"/employees?sort=-name\"").doesNotContain("href=\"/employees?\"");
        verify(employees).search(EmployeeFilter.NONE, "name", 0, EmployeeListController.PAGE_SIZE);
    }

    @Test
    void filtersSortAndPageReachTheServiceAndThePagerKeepsTheQuery() throws Exception {
        when(employees.search(any(), anyString(), anyInt(), anyInt())).thenReturn(new PagedResult<>(TWO, 2, 25, 80));

        String html = mvc.perform(get("/employees").with(as(Role.ADMIN))
                        .param("q", "budi s").param("opd", "DISKOMINFO").param("type", "PNS").param("rank", "III/b")
                        .param("kind", "FUNGSIONAL").param("sort", "-nip").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("pageQuery", "q=budi+s&opd=DISKOMINFO&type=PNS&rank=III%2Fb&kind=FUNGSIONAL&sort=-nip"))
                .andReturn().getResponse().getContentAsString();

        verify(employees).search(new EmployeeFilter("budi s", "DISKOMINFO", EmployeeType.PNS, "III/b", PositionKind.FUNGSIONAL),
                "-nip", 2, 25);
        assertThat(html)
                // pager links keep the filters
                .contains("href=\"?page=1&amp;q=budi+s&amp;opd=DISKOMINFO&amp;type=PNS&amp;rank=III%2Fb&amp;kind=FUNGSIONAL&amp;sort=-nip\"")
                // sorted descending by NIP: its header toggles back to ascending, others sort ascending
                .contains("href=\"/employees?q=budi+s&amp;opd=DISKOMINFO&amp;type=PNS&amp;rank=III%2Fb&amp;kind=FUNGSIONAL&amp;sort=nip\"")
                .contains("&amp;sort=opd\"")
                // back to the default order: no sort parameter at all
                .contains("href=\"/employees?q=budi+s&amp;opd=DISKOMINFO&amp;type=PNS&amp;rank=III%2Fb&amp;kind=FUNGSIONAL\"")
                // the sort travels with the filter form
                .contains("name=\"sort\" form=\"employee-filter\" value=\"-nip\"")
                .contains("<option value=\"PNS\" selected=\"selected\">")
                .contains("href=\"/employees/export.xlsx?q=budi+s&amp;opd=DISKOMINFO");
    }

    @Test
    void unknownCodesAndBadPagesAreIgnoredRatherThanFailing() throws Exception {
        mvc.perform(get("/employees").with(as(Role.OFFICER)).param("type", "KONTRAK").param("rank", "V/z")
                        .param("kind", "x").param("sort", "password").param("page", "abc"))
                .andExpect(status().isOk());
        verify(employees).search(EmployeeFilter.NONE, "name", 0, 25);
    }

    @Test
    void htmxRequestGetsOnlyTheRowsFragment() throws Exception {
        String html = mvc.perform(get("/employees").param("q", "budi").header("HX-Request", "true").with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(view().name("employee/list :: rows"))
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("HX-Request"))))
                .andReturn().getResponse().getContentAsString();

        assertThat(html.strip()).startsWith("<div id=\"employee-rows\"");
        assertThat(html).contains("Budi Santoso, S.Kom.", "Siti Aminah")
                .doesNotContain("<html", "navbar", "<form", "id=\"employee-filter\"");
    }

    @Test
    void htmxHistoryRestoreGetsTheWholePage() throws Exception {
        mvc.perform(get("/employees").header("HX-Request", "true").header("HX-History-Restore-Request", "true")
                        .with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(view().name("employee/list"));
    }

    @Test
    void emptyRegistryInvitesToAddOrImport() throws Exception {
        when(employees.search(any(), anyString(), anyInt(), anyInt())).thenReturn(new PagedResult<>(List.of(), 0, 25, 0));

        String html = mvc.perform(get("/employees").with(as(Role.OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Belum ada data pegawai.", "href=\"/imports\"").doesNotContain("<table", "Ekspor Excel");
    }

    @Test
    void noMatchOffersToClearTheFilters() throws Exception {
        when(employees.search(any(), anyString(), anyInt(), anyInt())).thenReturn(new PagedResult<>(List.of(), 0, 25, 0));

        String html = mvc.perform(get("/employees").param("q", "zzz").with(as(Role.REGENT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Tidak ada pegawai yang cocok", "Hapus filter")
                .doesNotContain("Belum ada data pegawai.", "Tambah Pegawai");
    }

    @Test
    void opdHeadChoosesOnlyAmongTheirOwnSubtree() throws Exception {
        when(opds.subtreeIds("DINKES")).thenReturn(Set.of(11L, 12L));

        String html = mvc.perform(get("/employees").with(as(new CurrentUser("kadinkes", Role.OPD_HEAD, "DINKES", null))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<option value=\"DINKES\">Dinas Kesehatan</option>",
                        "<option value=\"PKM-BARU\">\u00a0\u00a0\u00a0Puskesmas Baru</option>")
                .doesNotContain("value=\"DISKOMINFO\"", "Tambah Pegawai");
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/employees")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(get("/employees/export.xlsx")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EMPLOYEE", "ASSESSOR"})
    void staffWithoutRegistryAccessAreRefused(Role role) throws Exception {
        mvc.perform(get("/employees").with(as(role))).andExpect(status().isForbidden());
        mvc.perform(get("/employees/export.xlsx").with(as(role))).andExpect(status().isForbidden());
        verify(employees, never()).search(any(), any(), anyInt(), anyInt());
        verify(employees, never()).searchAll(any(), any());
    }

    @Test
    void exportIsAnXlsxOfTheWholeFilteredSelectionWithIndonesianHeaders() throws Exception {
        when(employees.searchAll(any(), anyString())).thenReturn(TWO);
        String before = LocalDate.now(ZoneId.of("Asia/Jakarta")).format(DateTimeFormatter.BASIC_ISO_DATE);

        MvcResult result = mvc.perform(get("/employees/export.xlsx").param("type", "PNS").param("sort", "-name")
                        .with(as(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(EmployeeWorkbook.CONTENT_TYPE))
                .andReturn();

        String after = LocalDate.now(ZoneId.of("Asia/Jakarta")).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isIn("attachment; filename=\"pegawai-" + before + ".xlsx\"", "attachment; filename=\"pegawai-" + after + ".xlsx\"");
        verify(employees).searchAll(new EmployeeFilter(null, null, EmployeeType.PNS, null, null), "-name");
        verify(audit).event(eq(AuditAction.VIEW), eq(EmployeeListController.EXPORT_AUDIT_TYPE), anyString(), eq("2 rows; type=PNS&sort=-name"));

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Pegawai");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row head = sheet.getRow(0);
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("NIP");
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("Nama");
            assertThat(head.getCell(5).getStringCellValue()).isEqualTo("Jenis Pegawai");
            assertThat(head.getCell(14).getStringCellValue()).isEqualTo("Jarak Rumah-Kantor (km)");
            Row budi = sheet.getRow(1);
            assertThat(budi.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(budi.getCell(1).getStringCellValue()).isEqualTo("198503122010011002");
            assertThat(budi.getCell(3).getStringCellValue()).isEqualTo("Laki-laki");
            assertThat(budi.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1985, 3, 12));
            assertThat(budi.getCell(5).getStringCellValue()).isEqualTo("PNS");
            assertThat(budi.getCell(8).getStringCellValue()).isEqualTo("III/b");
            assertThat(budi.getCell(9).getStringCellValue()).isEqualTo("Penata Muda Tingkat I");
            assertThat(budi.getCell(13).getStringCellValue()).isEmpty();
            assertThat(budi.getCell(14).getNumericCellValue()).isEqualTo(4.2);
            Row siti = sheet.getRow(2);
            assertThat(siti.getCell(5).getStringCellValue()).isEqualTo("Non-ASN PHL");
            assertThat(siti.getCell(8).getStringCellValue()).isEmpty();
        }
    }
}
