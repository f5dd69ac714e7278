package id.merit.identity.web;

import id.merit.identity.NewUser;
import id.merit.identity.UserView;
import id.merit.identity.domain.UserService;
import id.merit.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/users} (interchange.md §1): ADMIN creates an account. */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {
    private final UserService users;

    UserApiController(UserService users) {
        this.users = users;
    }

    /** The request body; {@code opdCode} for OPD_HEAD, {@code nip} for EMPLOYEE. */
    record CreateUser(String username, String password, Role role, String opdCode, String nip, String displayName) {
    }

    /** The answer: the account without any secret. */
    record CreatedUser(long id, String username, Role role, String opdCode, String nip, boolean enabled) {
        static CreatedUser of(UserView v) {
            return new CreatedUser(v.id(), v.username(), v.role(), v.opdCode(), v.nip(), v.enabled());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user account (ADMIN)")
    CreatedUser create(@RequestBody CreateUser body) {
        return CreatedUser.of(users.create(new NewUser(body.username(), body.password(), body.role(), body.opdCode(), body.nip(),
                body.displayName())));
    }
}
