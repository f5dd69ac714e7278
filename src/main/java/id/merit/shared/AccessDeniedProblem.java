package id.merit.shared;

import org.springframework.security.access.AccessDeniedException;

/** Thrown by services when the current user's role or scope does not cover the record asked for (HTTP 403). */
public class AccessDeniedProblem extends AccessDeniedException {
    public AccessDeniedProblem(String msg) {
        super(msg);
    }
}
