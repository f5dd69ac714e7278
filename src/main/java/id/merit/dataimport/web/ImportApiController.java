package id.merit.dataimport.web;

import id.merit.dataimport.domain.ImportMessages;
import id.merit.dataimport.domain.ImportResult;
import id.merit.dataimport.domain.ImportService;
import id.merit.dataimport.RowProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/imports/{kind}} (interchange.md §2): multipart part {@code file}, optional {@code dryRun=true};
 * other parameters reach the handler (e.g. {@code device_sn} for attlog). 200 with the report, 422 with the same
 * body when an atomic kind rejected a row or the file cannot be read; unknown kind 404, no file 400.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

    private final ImportService imports;
    private final ImportMessages messages;

    ImportApiController(ImportService imports, ImportMessages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping("/{kind}")
    ResponseEntity<?> upload(@PathVariable String kind, @RequestParam(name = "file", required = false) MultipartFile file,
                             @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam Map<String, String> params) {
        imports.handler(kind);
        if (file == null) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.bilingual(new RowProblem(0, "file", "import.error.noFile")));
            p.setTitle("Bad Request");
            return ResponseEntity.badRequest().body(p);
        }
        Map<String, String> passed = new LinkedHashMap<>(params);
        passed.remove("dryRun");
        ImportResult result = imports.run(kind, file.getOriginalFilename(), file::transferTo, passed, dryRun);
        return ResponseEntity.status(result.refused() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(ImportReport.of(result, messages::bilingual));
    }
}
