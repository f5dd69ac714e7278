package id.merit.profile.web;

import id.merit.profile.InstanceProfile;
import id.merit.profile.domain.ProfileService;
import id.merit.shared.BusinessProblem;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The instance profile: ADMIN edits it, OFFICER may look. */
@Controller
@RequestMapping("/instance-profile")
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
class ProfileController {
    private final ProfileService profile;

    ProfileController(ProfileService profile) {
        this.profile = profile;
    }

    @GetMapping
    String show(Model model) {
        ProfileForm form = new ProfileForm();
        profile.current().ifPresent(p -> {
            form.setRegion(p.region());
            form.setCapital(p.capital());
            form.setAgency(p.agency());
            form.setAddress(p.address());
            form.setZone(p.zone());
            form.setSignerName(p.signerName());
            form.setSignerNip(p.signerNip());
            form.setSignerPosition(p.signerPosition());
            form.setSignerRank(p.signerRank());
            form.setVersion(p.version());
        });
        return page(model, form);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult errors,
                Model model, RedirectAttributes flash) throws IOException {
        MultipartFile logo = form.getLogo();
        byte[] bytes = logo == null || logo.isEmpty() ? null : logo.getBytes();
        String type = bytes == null ? null : Logo.typeOf(bytes);
        if (bytes != null && type == null) {
            errors.rejectValue("logo", "profile.error.logo", new Object[] {Logo.MAX_BYTES / 1024}, null);
        }
        if (!ProfileService.ZONES.contains(form.getZone())) {
            errors.rejectValue("zone", "profile.error.zone");
        }
        if (errors.hasErrors()) {
            return page(model, form);
        }
        try {
            profile.save(new InstanceProfile(form.getRegion().strip(), blankToNull(form.getCapital()), form.getAgency().strip(),
                    blankToNull(form.getAddress()), form.getZone(), false, blankToNull(form.getSignerName()),
                    blankToNull(form.getSignerNip()), blankToNull(form.getSignerPosition()), blankToNull(form.getSignerRank()),
                    form.getVersion()), bytes, type);
        } catch (BusinessProblem p) {
            errors.reject(p.messageKey());
            return page(model, form);
        }
        flash.addFlashAttribute("success", "profile.saved");
        return "redirect:/instance-profile";
    }

    @GetMapping("/logo")
    ResponseEntity<byte[]> logo() {
        return profile.logo().map(b -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(Logo.typeOf(b) == null ? "application/octet-stream" : Logo.typeOf(b)))
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                        .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-cache").body(b))
                .orElse(ResponseEntity.noContent().build());
    }

    private String page(Model model, ProfileForm form) {
        model.addAttribute("form", form);
        model.addAttribute("zones", ProfileService.ZONES);
        model.addAttribute("hasLogo", profile.current().map(InstanceProfile::hasLogo).orElse(false));
        return "profile/edit";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
