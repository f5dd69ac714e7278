package id.merit.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionRecord;
import id.merit.employee.ReportingLines;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.orgunit.domain.PostService;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code posts} import (interchange.md §2) over HTTP on PostgreSQL: atomic and idempotent; positions linked by
 * {@code post_code}; the direct superior derived from them; an OPD head's scope over posts.
 */
@MeritIntegrationTest
class PostsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Value("${merit.admin.password}")
    String adminPassword;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    ReportingLines reportingLines;
    @Autowired
    PostService posts;

    private RestClient http;
    private String t;

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        t = "P" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36), 36)
                .toUpperCase(Locale.ROOT);
        JsonNode opds = upload("opds", """
                code,name,kind,parent_code
                T-SETDA,Sekretariat Daerah,SEKRETARIAT,
                T-DINKES,Dinas Kesehatan,DINAS,
                T-DINSOS,Dinas Sosial,DINAS,
                """);
        assertThat(opds.get("accepted").asLong()).as("%s", opds).isEqualTo(3);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private static final String CATALOGUE = """
            code,opd_code,name,position_kind,position_level,superior_code,slots,key_post
            T-SEKDA,T-SETDA,Sekretaris Daerah,JPT_PRATAMA,,,1,true
            T-KADINKES,T-DINKES,Kepala Dinas Kesehatan,JPT_PRATAMA,,T-SEKDA,1,true
            T-SEKDIN,T-DINKES,Sekretaris Dinas Kesehatan,ADMINISTRATOR,,T-KADINKES,1,false
            T-PRAKOM,T-DINKES,Pranata Komputer Ahli Muda,FUNGSIONAL,AHLI_MUDA,T-SEKDIN,3,false
            T-KADINSOS,T-DINSOS,Kepala Dinas Sosial,JPT_PRATAMA,,T-SEKDA,1,true
            """;

    @Test
    void postsImportIsIdempotentAndAtomic() {
        JsonNode first = upload("posts", CATALOGUE);
        assertThat(first.get("accepted").asLong()).as("%s", first).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT s.code FROM orgunit.post p JOIN orgunit.post s ON s.id = p.superior_id "
                + "WHERE p.code = ?", String.class, t + "-PRAKOM")).isEqualTo(t + "-SEKDIN");
        assertThat(jdbc.queryForMap("SELECT slots, key_post, position_level FROM orgunit.post WHERE code = ?", t + "-PRAKOM"))
                .containsEntry("slots", 3).containsEntry("key_post", false).containsEntry("position_level", "AHLI_MUDA");

        JsonNode again = upload("posts", CATALOGUE);
        assertThat(again.get("accepted").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(5);

        // one bad row (unknown superior) among a changed and a new one: 422 and nothing stored
        JsonNode bad = upload("posts", """
                code,opd_code,name,position_kind,position_level,superior_code,slots,key_post
                T-PRAKOM,T-DINKES,Pranata Komputer Ahli Muda,FUNGSIONAL,AHLI_MUDA,T-SEKDIN,5,false
                T-ANALIS,T-DINKES,Analis Kebijakan,FUNGSIONAL,AHLI_MUDA,T-SEKDIN,2,false
                T-KASUBBAG,T-DINKES,Kepala Subbagian Umum,PENGAWAS,,T-NOWHERE,1,false
                """, 422);
        assertThat(bad.get("accepted").asLong()).isZero();
        assertThat(bad.get("rejected").get(0).get("line").asLong()).isEqualTo(4);
        assertThat(bad.get("rejected").get(0).get("field").asString()).isEqualTo("superior_code");
        assertThat(jdbc.queryForObject("SELECT slots FROM orgunit.post WHERE code = ?", Integer.class, t + "-PRAKOM")).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orgunit.post WHERE code = ?", Long.class, t + "-ANALIS")).isZero();

        JsonNode changed = upload("posts", """
                code,opd_code,name,position_kind,position_level,superior_code,slots,key_post
                T-PRAKOM,T-DINKES,Pranata Komputer Ahli Muda,FUNGSIONAL,AHLI_MUDA,T-SEKDIN,5,false
                T-SEKDA,T-SETDA,Sekretaris Daerah,JPT_PRATAMA,,,1,true
                """);
        assertThat(changed.get("accepted").asLong()).isEqualTo(1);
        assertThat(changed.get("duplicates").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'POST' AND entity_key = ?",
                Long.class, t + "-PRAKOM")).isEqualTo(2);
    }

    @Test
    void positionsLinkedToPostsGiveTheDirectSuperior() {
        upload("posts", CATALOGUE);
        employee("K", "Kepala", t + "-DINKES", t + "-KADINKES", PositionKind.JPT_PRATAMA);
        employee("J", "Pranata", t + "-DINKES", null, PositionKind.FUNGSIONAL);
        JsonNode linked = upload("positions", """
                nip,position_name,position_kind,position_level,opd_code,start_date,end_date,post_code
                T-J,Pranata Komputer Ahli Muda,FUNGSIONAL,AHLI_MUDA,T-DINKES,2021-01-04,,T-PRAKOM
                """);
        assertThat(linked.get("accepted").asLong()).as("%s", linked).isEqualTo(1);
        LocalDate on = LocalDate.of(2026, 3, 2);

        // the Sekretaris post is vacant: the kepala dinas above it (PP 94/2021 Ps 25)
        ReportingLines.Answer answer = reportingLines.directSuperior(t + "-J", on);
        assertThat(answer.ownPostCode()).isEqualTo(t + "-PRAKOM");
        assertThat(answer.superior()).isEqualTo(new ReportingLines.DirectSuperior(t + "-K", "Kepala " + t,
                t + "-KADINKES", "Kepala Dinas Kesehatan", "DEFINITIVE", 1));

        posts.addActing(t + "-SEKDIN", t + "-X", ActingKind.PLT, LocalDate.of(2026, 3, 1), null);
        assertThat(reportingLines.directSuperior(t + "-J", on).superior().nip()).isEqualTo(t + "-X");
        assertThat(reportingLines.directSuperior(t + "-J", LocalDate.of(2026, 2, 28)).superior().nip()).isEqualTo(t + "-K");
        assertThat(reportingLines.directSuperior(t + "-K", on).superior()).isNull();
        assertThat(reportingLines.directSuperior(t + "-K", on).reason()).isEqualTo("ALL_VACANT");
    }

    @Test
    void anOpdHeadSeesAndEditsOnlyThePostsOfTheirOpd() {
        upload("posts", CATALOGUE);
        actAs(Role.OPD_HEAD, t + "-DINKES");

        assertThat(posts.forOpd(t + "-DINKES")).extracting(PostView::code)
                .containsExactlyInAnyOrder(t + "-KADINKES", t + "-SEKDIN", t + "-PRAKOM");
        assertThatThrownBy(() -> posts.forOpd(t + "-DINSOS")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> posts.get(t + "-KADINSOS")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> posts.retire(t + "-KADINSOS", LocalDate.of(2026, 3, 2))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> posts.addActing(t + "-KADINSOS", "X", ActingKind.PLH, LocalDate.of(2026, 3, 2), null))
                .isInstanceOf(AccessDeniedException.class);
        PostCommands.PostData moveOut = new PostCommands.PostData(t + "-PRAKOM", t + "-DINSOS", "Pranata Komputer Ahli Muda",
                "FUNGSIONAL", "AHLI_MUDA", t + "-KADINSOS", 3, false, null);
        assertThatThrownBy(() -> posts.update(t + "-PRAKOM", moveOut, posts.version(t + "-PRAKOM")))
                .isInstanceOf(AccessDeniedException.class);

        posts.retire(t + "-PRAKOM", LocalDate.of(2026, 3, 2));
        assertThat(posts.get(t + "-PRAKOM").retiredOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orgunit.post_acting a JOIN orgunit.post p ON p.id = a.post_id "
                + "WHERE p.code = ?", Long.class, t + "-KADINSOS")).isZero();
    }

    private void actAs(Role role, String opdCode) {
        var details = new MeritUserDetails(new CurrentUser("head-" + t, role, opdCode, null), "x", true, false, "Kepala");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    private void employee(String suffix, String name, String opdCode, String postCode, PositionKind kind) {
        String nip = t + "-" + suffix;
        employees.upsert(new EmployeeData(nip, name + " " + t, Gender.F, LocalDate.of(1975, 5, 5), EmployeeType.PPPK, opdCode,
                null, name, kind, null, null, null, null));
        employees.upsertPosition(nip, new PositionRecord(name, kind, null, opdCode, LocalDate.of(2020, 1, 2), null, postCode));
    }

    private JsonNode upload(String kind, String csv) {
        return upload(kind, csv, 200);
    }

    private JsonNode upload(String kind, String csv, int status) {
        HttpHeaders part = new HttpHeaders();
        part.setContentDisposition(ContentDisposition.formData().name("file").filename(kind + ".csv").build());
        part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        MultiValueMap<String, HttpEntity<?>> body = new LinkedMultiValueMap<>();
        body.add("file", new HttpEntity<>(csv.replace("T-", t + "-").getBytes(StandardCharsets.UTF_8), part));
        var response = http.post().uri("/api/v1/imports/" + kind).headers(h -> h.setBasicAuth("admin", adminPassword))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body).retrieve().toEntity(String.class);
        JsonNode json = JSON.readTree(response.getBody());
        assertThat(response.getStatusCode().value()).as("%s", json).isEqualTo(status);
        return json;
    }
}
