package id.merit.discipline.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /discipline} (linked from the navigation) opens the case list. */
@Controller
class DisciplineHomeController {

    @GetMapping("/discipline")
    String home() {
        return "redirect:/discipline/cases";
    }
}
