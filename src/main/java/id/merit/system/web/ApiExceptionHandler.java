package id.merit.system.web;

import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Problem bodies (RFC 9457) for every REST controller: never a stack trace. The detail carries the Indonesian
 * and English text of the message key.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundProblem.class)
    ProblemDetail notFound(NotFoundProblem e) {
        return problem(HttpStatus.NOT_FOUND, "Not Found", bilingual(e.messageKey(), e.args()));
    }

    @ExceptionHandler(BusinessProblem.class)
    ProblemDetail business(BusinessProblem e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable Content", bilingual(e.messageKey(), e.args()));
        if (e.field() != null) {
            p.setProperty("field", e.field());
        }
        return p;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden",
                "Peran atau cakupan OPD Anda tidak mengizinkan ini / Your role or OPD scope does not allow this");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Bad Request", "Data tidak valid / Invalid data");
        p.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(f -> java.util.Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()))).toList());
        return p;
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, IllegalArgumentException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class})
    ProblemDetail badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad Request", "Permintaan tidak valid / Invalid request: " + safe(e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", bilingual("upload.error.tooLarge"));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected API error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error",
                "Terjadi kesalahan pada server / An unexpected error occurred");
    }

    private String bilingual(String key, Object... args) {
        String id = messages.getMessage(key, args, key, WebConfig.INDONESIAN);
        String en = messages.getMessage(key, args, key, Locale.ENGLISH);
        return id.equals(en) ? id : id + " / " + en;
    }

    private static String safe(String s) {
        if (s == null) {
            return "";
        }
        String oneLine = s.replaceAll("[\\r\\n]+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) : oneLine;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }
}
