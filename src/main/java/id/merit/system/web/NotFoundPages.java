package id.merit.system.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nobody maps: the HTML 404 page for the UI, a problem body for {@code /api/**}. Without this the
 * problem-details handler answered a mistyped page address with JSON. Static files have no catch-all mapping
 * ({@code WebConfig}), so an unmapped address arrives as {@link NoHandlerFoundException}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotFoundPages {

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object noSuchAddress(Exception e, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "Alamat tidak ditemukan / No such address: " + path);
            p.setTitle("Not Found");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(p);
        }
        ModelAndView page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
