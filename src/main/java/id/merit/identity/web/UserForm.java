package id.merit.identity.web;

import id.merit.shared.NoHtml;
import id.merit.identity.NewUser;
import id.merit.shared.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
class UserForm {
    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}", message = "{user.error.usernameFormat}")
    private String username;
    @Size(max = 200)
    @NoHtml
    private String displayName;
    @NotNull
    private Role role;
    private String opdCode;
    private String nip;
    @NotBlank
    private String password;
    @NotBlank
    private String passwordConfirm;

    NewUser toNewUser() {
        return new NewUser(username.trim(), password, role, opdCode, nip, displayName);
    }
}
