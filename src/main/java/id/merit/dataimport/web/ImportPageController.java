package id.merit.dataimport.web;

import id.merit.dataimport.domain.ImportMessages;
import id.merit.dataimport.domain.ImportRegistry;
import id.merit.dataimport.domain.ImportResult;
import id.merit.dataimport.domain.ImportService;
import id.merit.shared.imports.ImportHandler;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
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
 * The upload page (ADMIN, OFFICER). The result is rendered in the response to the upload rather than after a
 * redirect: a report of up to 500 rejected rows does not belong in the session. With htmx (progress bar) only the
 * result fragment is returned; without JavaScript the whole page.
 */
@Controller
@RequestMapping("/imports")
class ImportPageController {

    private static final String DEVICE_SN = "device_sn";
    private final ImportService imports;
    private final ImportRegistry registry;
    private final ImportMessages messages;

    ImportPageController(ImportService imports, ImportRegistry registry, ImportMessages messages) {
        this.imports = imports;
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
    String page(@ModelAttribute("form") ImportForm form, @RequestParam(required = false) String kind) {
        form.setKind(kind);
        return "dataimport/index";
    }

    @PostMapping
    String upload(@ModelAttribute("form") ImportForm form, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        String view = htmx != null ? "dataimport/index :: result" : "dataimport/index";
        if (form.getKind() == null || registry.find(form.getKind()).isEmpty()) {
            model.addAttribute("formError", "import.error.chooseKind");
            return view;
        }
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            model.addAttribute("formError", "import.error.chooseFile");
            return view;
        }
        Map<String, String> params = form.getDeviceSn() != null && imports.handler(form.getKind()).parameters().contains(DEVICE_SN)
                ? Map.of(DEVICE_SN, form.getDeviceSn()) : Map.of();
        ImportResult result = imports.run(form.getKind(), file.getOriginalFilename(), file::transferTo, params, form.isDryRun());
        model.addAttribute("result", ImportPageView.Result.of(result, p -> messages.localized(p, locale)));
        return view;
    }

    /** The header row of a kind as a CSV file (UTF-8 with BOM so that Excel opens it correctly). */
    @GetMapping("/template/{kind}.csv")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        ImportHandler handler = imports.handler(kind);
        byte[] body = ("\uFEFF" + String.join(",", handler.columns()) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(kind + ".csv").build().toString())
                .body(body);
    }
}
