package id.merit.dataimport.web;

import id.merit.dataimport.domain.ImportMessages;
import id.merit.dataimport.domain.ImportRegistry;
import id.merit.dataimport.domain.ImportJobs;
import id.merit.dataimport.domain.ImportService;
import id.merit.shared.BusinessProblem;
import id.merit.dataimport.ImportHandler;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page (ADMIN, OFFICER). An upload starts a background job ({@link ImportJobs}); with htmx the job's
 * fragment comes back at once and polls itself every second (progress, then the report), without JavaScript the
 * browser is redirected to the job's page. The page also lists the user's latest imports, so a long one can be
 * followed after leaving the page.
 */
@Controller
@RequestMapping("/imports")
class ImportPageController {

    private static final String DEVICE_SN = "device_sn";
    static final int RECENT = 10;
    private final ImportService imports;
    private final ImportJobs jobs;
    private final ImportRegistry registry;
    private final ImportMessages messages;

    ImportPageController(ImportService imports, ImportJobs jobs, ImportRegistry registry, ImportMessages messages) {
        this.imports = imports;
        this.jobs = jobs;
        this.registry = registry;
        this.messages = messages;
    }

    @ModelAttribute
    void kinds(Model model) {
        model.addAttribute("kinds", registry.all().stream().map(ImportPageView.Kind::of).toList());
        model.addAttribute("deviceKinds", registry.all().stream().filter(h -> h.parameters().contains(DEVICE_SN))
                .map(ImportHandler::kind).collect(Collectors.joining(",")));
    }

    @GetMapping
    String page(@ModelAttribute("form") ImportForm form, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String failed, Model model) {
        form.setKind(kind);
        form.setDryRun(true); // ticked when the page opens: a first upload checks the file and stores nothing
        // ?failed: only the imports of the last days that need another look (the landing page's count links here)
        model.addAttribute("failedOnly", failed != null);
        model.addAttribute("failedDays", ImportJobs.FAILED_DAYS);
        model.addAttribute("recent", failed != null ? jobs.failedRecently() : jobs.recent(RECENT));
        return "dataimport/index";
    }

    /** A job's progress or report: the fragment for htmx polling, otherwise the whole page. */
    @GetMapping("/jobs/{id}")
    String job(@PathVariable UUID id, @ModelAttribute("form") ImportForm form,
               @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        ImportJobs.JobView job = jobs.view(id);
        model.addAttribute("job", job);
        if (job.result() != null) {
            model.addAttribute("result", ImportPageView.Result.of(job, p -> messages.localized(p, locale)));
        }
        if (htmx != null) {
            return "dataimport/index :: result";
        }
        form.setKind(job.kind());
        model.addAttribute("recent", jobs.recent(RECENT));
        return "dataimport/index";
    }

    @PostMapping
    String upload(@ModelAttribute("form") ImportForm form, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        String formError = form.getKind() == null || registry.find(form.getKind()).isEmpty() ? "import.error.chooseKind"
                : file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())
                ? "import.error.chooseFile" : null;
        if (formError != null) {
            return refused(formError, htmx, model);
        }
        Map<String, String> params = form.getDeviceSn() != null && imports.handler(form.getKind()).parameters().contains(DEVICE_SN)
                ? Map.of(DEVICE_SN, form.getDeviceSn()) : Map.of();
        UUID id;
        try {
            id = jobs.start(form.getKind(), file.getOriginalFilename(), file::transferTo, params, form.isDryRun());
        } catch (BusinessProblem tooMany) {
            return refused(tooMany.messageKey(), htmx, model);
        }
        if (htmx == null) {
            return "redirect:/imports/jobs/" + id;
        }
        return job(id, form, htmx, model, locale);
    }

    private String refused(String formError, String htmx, Model model) {
        model.addAttribute("formError", formError);
        if (htmx != null) {
            return "dataimport/index :: result";
        }
        model.addAttribute("recent", jobs.recent(RECENT));
        return "dataimport/index";
    }

    /** The header row of a kind and an example row as a CSV file (UTF-8 with BOM so that Excel opens it correctly). */
    @GetMapping("/template/{kind}.csv")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        ImportPageView.Kind k = ImportPageView.Kind.of(imports.handler(kind));
        String example = k.example() == null ? "" : k.example() + "\r\n";
        byte[] body = ("\uFEFF" + k.header() + "\r\n" + example).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(kind + ".csv").build().toString())
                .body(body);
    }
}
