package id.merit.profile.web;

import static id.merit.support.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.merit.profile.InstanceProfile;
import id.merit.profile.domain.ProfileService;
import id.merit.shared.Role;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@WebMvcTest(ProfileController.class)
@Import(id.merit.system.security.SecurityConfig.class)
class ProfileControllerTests {
    static final InstanceProfile PROFILE = new InstanceProfile("Kabupaten Barito Timur", "Tamiang Layang",
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Jl. Jenderal Sudirman Km 3", "Asia/Jakarta", false,
            "Drs. Ahmad Yani", "197001011990031001", "Kepala BKPSDM", "IV/b", 3);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ProfileService profile;

    @BeforeEach
    void setUp() {
        given(profile.current()).willReturn(Optional.of(PROFILE));
    }

    @Test
    void administratorsEditOfficersLookOthersAreRefused() throws Exception {
        mvc.perform(get("/instance-profile").with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kabupaten Barito Timur")))
                .andExpect(content().string(containsString("WITA (Waktu Indonesia Tengah)")))
                .andExpect(content().string(containsString(">Simpan</button>")))
                .andExpect(content().string(not(containsString("<fieldset disabled"))));
        mvc.perform(get("/instance-profile").with(as(Role.OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tamiang Layang")))
                .andExpect(content().string(not(containsString(">Simpan</button>"))))
                .andExpect(content().string(containsString("<fieldset disabled")));
        mvc.perform(valid().with(as(Role.OFFICER))).andExpect(status().isForbidden());
        for (Role r : new Role[] {Role.OPD_HEAD, Role.REGENT, Role.ASSESSOR, Role.EMPLOYEE}) {
            mvc.perform(get("/instance-profile").with(as(r))).andExpect(status().isForbidden());
            mvc.perform(valid().with(as(r))).andExpect(status().isForbidden());
        }
        verify(profile, never()).save(any(), any(), any());
    }

    @Test
    void aValidProfileIsSavedWithItsLogo() throws Exception {
        mvc.perform(valid().file(new MockMultipartFile("logo", "logo.png", "image/png", PNG)).with(as(Role.ADMIN)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/instance-profile"));
        verify(profile).save(eq(new InstanceProfile("Kabupaten Barito Timur", "Tamiang Layang", "BKPSDM", null, "Asia/Makassar", false,
                "Drs. Ahmad Yani", "197001011990031001", "Kepala BKPSDM", "IV/b", 3)), eq(PNG), eq("image/png"));
    }

    @Test
    void aLogoIsJudgedByItsContentNotItsName() throws Exception {
        // a script renamed to .png, and an SVG carrying a script: both refused on the logo field, nothing saved
        byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : new byte[][] {script, svg, new byte[600 * 1024]}) {
            mvc.perform(valid().file(new MockMultipartFile("logo", "logo.png", "image/png", bad)).with(as(Role.ADMIN)))
                    .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "logo", "profile.error.logo"))
                    .andExpect(content().string(containsString("Logo harus berupa gambar PNG, JPEG atau SVG")));
        }
        verify(profile, never()).save(any(), any(), any());
    }

    @Test
    void htmlInANameIsRefusedAndShownEscaped() throws Exception {
        mvc.perform(valid("region", "<b>Kabupaten</b>").with(as(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "region"))
                .andExpect(content().string(containsString("&lt;b&gt;Kabupaten&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b>Kabupaten</b>"))));
        mvc.perform(valid("zone", "Europe/Paris").with(as(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "zone"));
        verify(profile, never()).save(any(), any(), any());
    }

    /** A complete form; pairs of name and value replace its fields. */
    private static MockMultipartHttpServletRequestBuilder valid(String... overrides) {
        java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("region", "Kabupaten Barito Timur");
        f.put("capital", "Tamiang Layang");
        f.put("agency", "BKPSDM");
        f.put("address", "");
        f.put("zone", "Asia/Makassar");
        f.put("signerName", "Drs. Ahmad Yani");
        f.put("signerNip", "197001011990031001");
        f.put("signerPosition", "Kepala BKPSDM");
        f.put("signerRank", "IV/b");
        f.put("version", "3");
        for (int i = 0; i < overrides.length; i += 2) {
            f.put(overrides[i], overrides[i + 1]);
        }
        MockMultipartHttpServletRequestBuilder b = multipart("/instance-profile");
        f.forEach(b::param);
        b.with(csrf());
        return b;
    }
}
