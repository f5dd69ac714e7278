package id.merit.identity.web;

import id.merit.identity.domain.EmployeeAccounts;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdQueries;
import id.merit.shared.BusinessProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * EMPLOYEE accounts in bulk (ADMIN only, like all account administration: BKPSDM's officers manage staff data, not
 * logins). The result page is the hand-over sheet with the one-time passwords: rendered straight from the POST (no
 * redirect, nothing kept on the server), printable, and downloadable as .xlsx by posting the sheet the page holds back
 * to {@code /admin/users/bulk/sheet.xlsx} — so the passwords exist in clear only in that page.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class EmployeeAccountsController {
    static final String ALL = "*";
    private final EmployeeAccounts accounts;
    private final UserService users;
    private final OpdQueries opds;
    private final MessageSource messages;

    EmployeeAccountsController(EmployeeAccounts accounts, UserService users, OpdQueries opds, MessageSource messages) {
        this.accounts = accounts;
        this.users = users;
        this.opds = opds;
        this.messages = messages;
    }

    /** Choose an OPD (with its sub-units) or all; with a choice, how many staff would get an account. */
    @GetMapping("/bulk")
    String preview(@RequestParam(required = false) String opd, Model model) {
        model.addAttribute("opds", opds.tree());
        model.addAttribute("opd", opd);
        if (opd != null && !opd.isBlank()) {
            model.addAttribute("preview", accounts.preview(scope(opd)));
        }
        return "identity/bulk";
    }

    @PostMapping("/bulk")
    String create(@RequestParam String opd, Model model) {
        EmployeeAccounts.Result result = accounts.create(scope(opd));
        model.addAttribute("result", result);
        model.addAttribute("sheet", HandoverWorkbook.encode(result.accounts()));
        return "identity/handover";
    }

    @PostMapping("/bulk/sheet.xlsx")
    void workbook(@RequestParam String sheet, Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(HandoverWorkbook.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"akun-pegawai.xlsx\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        new HandoverWorkbook(messages, locale).write(HandoverWorkbook.decode(sheet), response.getOutputStream());
    }

    /** A new one-time password for the account (shown once on the answer page); the next login must change it. */
    @PostMapping("/{id}/one-time-password")
    String oneTime(@PathVariable long id, Model model, RedirectAttributes flash) {
        try {
            String password = users.resetToOneTimePassword(id);
            model.addAttribute("user", users.get(id));
            model.addAttribute("password", password);
            return "identity/one-time";
        } catch (BusinessProblem p) {
            flash.addFlashAttribute("error", p.messageKey());
            return "redirect:/admin/users";
        }
    }

    private static String scope(String opd) {
        return opd == null || opd.isBlank() || ALL.equals(opd.trim()) ? null : opd.trim();
    }

}
