package id.merit.trackrecord.web;

import id.merit.shared.BusinessProblem;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** POST-Redirect-GET for the track-record pages: a refusal or an invalid form comes back as a flash message. */
final class Steps {
    private Steps() {
    }

    static String run(String target, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (BusinessProblem e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return target;
    }

    /** {@link #run} for a bound form: a refusal naming a field of the form is shown next to it, with the values kept. */
    static String run(String target, RedirectAttributes redirect, String success, String name, Object form, BindingResult result,
                      Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
            return target;
        } catch (BusinessProblem e) {
            if (e.field() != null && result.getFieldType(e.field()) != null) {
                result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
            redirect.addFlashAttribute(name, form);
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
            return target;
        }
    }

    /** The form's values and its field errors survive the redirect, so the page shows them next to the fields. */
    static String invalid(String target, RedirectAttributes redirect, String name, Object form, BindingResult result) {
        redirect.addFlashAttribute("error", "trackrecord.error.form");
        redirect.addFlashAttribute(name, form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
        return target;
    }
}
