package id.merit.dataimport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.merit.dataimport.domain.ImportMessages;
import id.merit.dataimport.domain.ImportRegistry;
import id.merit.dataimport.domain.ImportJobs;
import id.merit.dataimport.domain.ImportResult;
import id.merit.dataimport.domain.ImportService;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.shared.CurrentUser;
import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import id.merit.dataimport.ImportHandler;
import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.RowProblem;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@WebMvcTest(ImportPageController.class)
@Import({id.merit.system.security.SecurityConfig.class, ImportMessages.class})
class ImportPageControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ImportService imports;

    @MockitoBean
    ImportRegistry registry;

    @MockitoBean
    ImportJobs jobs;

    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");

    static final ImportHandler EMPLOYEES = handler("employees", true,
            List.of("nip", "name", "gender", "birth_date", "employee_type", "opd_code"), List.of());
    static final ImportHandler ATTLOG = handler("attlog", false, List.of(), List.of("device_sn"));
    static final MockMultipartFile FILE = new MockMultipartFile("file", "staff.csv", "text/csv",
            "nip,name\n1,Ani\n".getBytes(StandardCharsets.UTF_8));

    @BeforeEach
    void kinds() {
        when(registry.all()).thenReturn(List.of(EMPLOYEES, ATTLOG));
        when(registry.find("employees")).thenReturn(Optional.of(EMPLOYEES));
        when(registry.find("attlog")).thenReturn(Optional.of(ATTLOG));
        when(imports.handler("employees")).thenReturn(EMPLOYEES);
        when(imports.handler("attlog")).thenReturn(ATTLOG);
        when(imports.handler("nope")).thenThrow(new NotFoundProblem("import.error.unknownKind", "nope"));
    }

    @Test
    void officerSeesKindsColumnsTemplatesAndTheForm() throws Exception {
        mvc.perform(get("/imports").with(user(as(Role.OFFICER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uji coba saja (dry run)")))
                .andExpect(content().string(containsString("<code class=\"text-break\">nip,name,gender,birth_date,employee_type,opd_code</code>")))
                .andExpect(content().string(containsString("href=\"/imports/template/employees.csv\"")))
                .andExpect(content().string(not(containsString("href=\"/imports/template/attlog.csv\""))))
                .andExpect(content().string(containsString("Data pegawai (PNS, CPNS, PPPK, non-ASN)")))
                .andExpect(content().string(containsString("hx-encoding=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("src=\"/js/imports.js\"")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void pageSpeaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/imports").param("lang", "en").with(user(as(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dry run only")))
                .andExpect(content().string(containsString("Download CSV template")));
    }

    @Test
    void employeeAndOpdHeadAreForbidden() throws Exception {
        mvc.perform(get("/imports").with(user(as(Role.EMPLOYEE)))).andExpect(status().isForbidden());
        mvc.perform(get("/imports").with(user(as(Role.OPD_HEAD)))).andExpect(status().isForbidden());
        mvc.perform(upload().with(user(as(Role.EMPLOYEE))).with(csrf())).andExpect(status().isForbidden());
        verify(jobs, never()).start(anyString(), anyString(), any(), any(), anyBoolean());
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/imports")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void uploadWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(upload().with(user(as(Role.OFFICER)))).andExpect(status().isForbidden());
        verify(jobs, never()).start(anyString(), anyString(), any(), any(), anyBoolean());
    }

    /** The job {@link #ID} has finished with {@code r}. */
    void finished(ImportResult r) {
        when(jobs.start(any(), any(), any(), any(), anyBoolean())).thenReturn(ID);
        when(jobs.view(ID)).thenReturn(new ImportJobs.JobView(ID, r.kind(), r.filename(), r.dryRun(), ImportJobs.Status.DONE, null, 0, 0, r,
                r.rejectedRows(), r.rejected().size(), OffsetDateTime.now()));
    }

    @Test
    void uploadStartsAJobAndItsPageShowsSummaryAndRejectedRowsInTheUiLanguage() throws Exception {
        finished(new ImportResult("employees", "staff.csv", false, true, false, new ImportOutcome(0, 0, List.of(
                new RowProblem(7, "gender", "import.error.code", "gender", "X", "M, F"),
                new RowProblem(9, "nip", "nip.error.LENGTH")), 12)));

        mvc.perform(upload().with(user(as(Role.OFFICER))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/imports/jobs/" + ID));
        verify(jobs).start(eq("employees"), eq("staff.csv"), any(), eq(Map.of()), eq(false));
        mvc.perform(get("/imports/jobs/" + ID).with(user(as(Role.OFFICER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Impor ditolak: tidak ada data yang disimpan.")))
                .andExpect(content().string(containsString("Nilai &quot;X&quot; pada kolom gender tidak dikenal; pilihan: M, F.")))
                .andExpect(content().string(containsString("NIP PNS/CPNS harus 18 digit.")))
                .andExpect(content().string(containsString("<td class=\"text-end\">9</td>")))
                .andExpect(content().string(containsString("data-count=\"rejected\">2</dd>")))
                .andExpect(content().string(containsString("data-count=\"rows\">12</dd>")));

        mvc.perform(get("/imports/jobs/" + ID).param("lang", "en").with(user(as(Role.OFFICER))))
                .andExpect(content().string(containsString("Unknown value &quot;X&quot; in column gender; allowed: M, F.")))
                .andExpect(content().string(containsString("Import refused: nothing was stored.")));
    }

    @Test
    void dryRunIsPassedOnAndReported() throws Exception {
        finished(new ImportResult("employees", "staff.csv", true, true, false, new ImportOutcome(0, 3, List.of(), 10)));

        mvc.perform(upload().param("dryRun", "true").header("HX-Request", "true").with(user(as(Role.ADMIN))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uji coba berhasil: berkas valid. Tidak ada data yang disimpan.")))
                .andExpect(content().string(containsString("data-count=\"duplicates\">3</dd>")));
        verify(jobs).start(eq("employees"), eq("staff.csv"), any(), eq(Map.of()), eq(true));
    }

    @Test
    void theDeviceIsAskedForAttlogAndPassedOnOnlyToKindsThatTakeIt() throws Exception {
        mvc.perform(get("/imports").with(user(as(Role.OFFICER))))
                .andExpect(content().string(containsString("id=\"import-device\" class=\"mb-3\" data-kinds=\"attlog\"")))
                .andExpect(content().string(containsString("name=\"deviceSn\"")));
        finished(new ImportResult("attlog", "attlog.dat", false, false, false, new ImportOutcome(2, 0, List.of(), 2)));
        MockMultipartFile dat = new MockMultipartFile("file", "attlog.dat", "application/octet-stream",
                "1\t2025-03-03 07:01:00\n".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/imports").file(dat).param("kind", "attlog").param("deviceSn", " SN-01 ")
                        .with(user(as(Role.OFFICER))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        verify(jobs).start(eq("attlog"), eq("attlog.dat"), any(), eq(Map.of("device_sn", "SN-01")), eq(false));

        mvc.perform(upload().param("deviceSn", "SN-01").with(user(as(Role.OFFICER))).with(csrf())).andExpect(status().is3xxRedirection());
        verify(jobs).start(eq("employees"), eq("staff.csv"), any(), eq(Map.of()), eq(false));
    }

    @Test
    void htmxUploadGetsOnlyTheResultFragment() throws Exception {
        finished(new ImportResult("employees", "staff.csv", false, true, false, new ImportOutcome(5, 1, List.of(), 6)));

        mvc.perform(upload().header("HX-Request", "true").with(user(as(Role.OFFICER))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-result\"")))
                .andExpect(content().string(containsString("data-count=\"accepted\">5</dd>")))
                .andExpect(content().string(not(containsString("hx-trigger"))))
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(not(containsString("<form"))));
    }

    @Test
    void anUploadBeyondTheUsersPendingJobsIsRefusedWithAMessage() throws Exception {
        when(jobs.start(any(), any(), any(), any(), anyBoolean())).thenThrow(new BusinessProblem(null, "import.job.tooMany"));
        mvc.perform(upload().header("HX-Request", "true").with(user(as(Role.OFFICER))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anda masih memiliki beberapa impor yang menunggu atau berjalan")));
    }

    @Test
    void aRunningJobPollsItselfAndSaysWhatItIsDoing() throws Exception {
        when(jobs.view(ID)).thenReturn(new ImportJobs.JobView(ID, "attlog", "attlog.dat", false, ImportJobs.Status.RUNNING, 40, 0, 0, null, 0, 0,
                OffsetDateTime.now()));
        mvc.perform(get("/imports/jobs/" + ID).header("HX-Request", "true").with(user(as(Role.OFFICER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/imports/jobs/" + ID + "\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                .andExpect(content().string(containsString("Membaca berkas… 40%")))
                .andExpect(content().string(containsString("width: 40%")));

        when(jobs.view(ID)).thenReturn(new ImportJobs.JobView(ID, "attlog", "attlog.dat", false, ImportJobs.Status.RUNNING, 100, 0, 0, null, 0, 0,
                OffsetDateTime.now()));
        mvc.perform(get("/imports/jobs/" + ID).header("HX-Request", "true").with(user(as(Role.OFFICER))))
                .andExpect(content().string(containsString("Berkas sudah terbaca; menyimpan data…")));

        when(jobs.view(ID)).thenReturn(new ImportJobs.JobView(ID, "employees", "pegawai.xlsx", false, ImportJobs.Status.RUNNING, null,
                45_000, 100_000, null, 0, 0, OffsetDateTime.now()));
        mvc.perform(get("/imports/jobs/" + ID).header("HX-Request", "true").with(user(as(Role.OFFICER))))
                .andExpect(content().string(containsString("Menyimpan baris 45.000 dari 100.000…")))
                .andExpect(content().string(containsString("width: 45%")));

        when(jobs.view(ID)).thenReturn(new ImportJobs.JobView(ID, "attlog", "attlog.dat", false, ImportJobs.Status.INTERRUPTED, null, 0, 0, null,
                0, 0, OffsetDateTime.now()));
        mvc.perform(get("/imports/jobs/" + ID).header("HX-Request", "true").with(user(as(Role.OFFICER))))
                .andExpect(content().string(containsString("Impor berkas attlog.dat terputus")))
                .andExpect(content().string(not(containsString("hx-trigger"))));
    }

    @Test
    void someoneElsesJobIsNotFoundAndThePageListsTheUsersLatestImports() throws Exception {
        when(jobs.view(ID)).thenThrow(new NotFoundProblem("import.job.notFound", ID));
        mvc.perform(get("/imports/jobs/" + ID).with(user(as(Role.OFFICER)))).andExpect(status().isNotFound());

        ImportResult r = new ImportResult("holidays", "libur-2026.csv", false, true, false, new ImportOutcome(17, 0, List.of(), 17));
        when(jobs.recent(ImportPageController.RECENT)).thenReturn(List.of(new ImportJobs.JobView(ID, "holidays", "libur-2026.csv", false,
                ImportJobs.Status.DONE, null, 0, 0, r, 0, 0, OffsetDateTime.now())));
        mvc.perform(get("/imports").with(user(as(Role.OFFICER))))
                .andExpect(content().string(containsString("Impor terakhir Anda")))
                .andExpect(content().string(containsString("href=\"/imports/jobs/" + ID + "\">libur-2026.csv</a>")))
                .andExpect(content().string(containsString(">Selesai</td>")));
    }

    @Test
    void longReportsAreCappedAt500Rows() throws Exception {
        List<RowProblem> many = LongStream.rangeClosed(2, 701).mapToObj(l -> new RowProblem(l, "nip", "nip.error.EMPTY")).toList();
        finished(new ImportResult("employees", "staff.csv", false, true, false, new ImportOutcome(0, 0, many, 700)));

        String html = mvc.perform(upload().header("HX-Request", "true").with(user(as(Role.OFFICER))).with(csrf()))
                .andExpect(content().string(containsString("Menampilkan 500 masalah pertama dari 700.")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html.split("NIP wajib diisi.", -1)).hasSize(501);
    }

    @Test
    void uploadWithoutFileOrKindAsksForThem() throws Exception {
        mvc.perform(multipart("/imports").param("kind", "employees").with(user(as(Role.OFFICER))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih berkas CSV atau .xlsx yang akan diunggah.")));
        mvc.perform(multipart("/imports").file(FILE).param("kind", "nope").with(user(as(Role.OFFICER))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih jenis data yang akan diimpor.")));
        verify(jobs, never()).start(anyString(), anyString(), any(), any(), anyBoolean());
    }

    @Test
    void templateIsTheHeaderRowAsUtf8Csv() throws Exception {
        byte[] body = mvc.perform(get("/imports/template/employees.csv").with(user(as(Role.OFFICER))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("employees.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("\uFEFFnip,name,gender,birth_date,employee_type,opd_code\r\n");

        mvc.perform(get("/imports/template/nope.csv").with(user(as(Role.OFFICER)))).andExpect(status().isNotFound());
    }

    @Test
    void kindsAreLabelledInIndonesianAndDryRunIsTickedWhenThePageOpens() throws Exception {
        mvc.perform(get("/imports").with(user(as(Role.OFFICER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Data pegawai</option>")))
                .andExpect(content().string(containsString(">Attlog mesin ZKTeco (USB)</option>")))
                .andExpect(content().string(matchesPattern("(?s).*<input[^>]*id=\"dryRun\"[^>]*checked=\"checked\".*")));
    }

    @Test
    void templateCarriesAnExampleRowWhenOneFitsTheHeader() throws Exception {
        ImportHandler holidays = handler("holidays", true, List.of("date", "name"), List.of());
        when(imports.handler("holidays")).thenReturn(holidays);
        byte[] body = mvc.perform(get("/imports/template/holidays.csv").with(user(as(Role.OFFICER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(body, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFdate,name\r\n2026-08-17,Hari Kemerdekaan Republik Indonesia\r\n");
    }

    private static MockMultipartHttpServletRequestBuilder upload() {
        MockMultipartHttpServletRequestBuilder b = multipart("/imports").file(FILE);
        b.param("kind", "employees");
        return b;
    }

    static MeritUserDetails as(Role role) {
        return new MeritUserDetails(new CurrentUser(role.name().toLowerCase(), role, role == Role.OPD_HEAD ? "DINKES" : null,
                role == Role.EMPLOYEE ? "198503122010011002" : null), "x", true, false, "Test " + role.name());
    }

    private static ImportHandler handler(String kind, boolean atomic, List<String> columns, List<String> parameters) {
        return new ImportHandler() {
            @Override
            public List<String> parameters() {
                return parameters;
            }

            @Override
            public String kind() {
                return kind;
            }

            @Override
            public boolean atomic() {
                return atomic;
            }

            @Override
            public List<String> columns() {
                return columns;
            }

            @Override
            public ImportOutcome run(ImportRequest request) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
