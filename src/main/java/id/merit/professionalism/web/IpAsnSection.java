package id.merit.professionalism.web;

import id.merit.employee.EmployeePageSection;
import id.merit.employee.EmployeeView;
import id.merit.professionalism.domain.ExplanationText;
import id.merit.professionalism.domain.IpAsnService;
import id.merit.professionalism.rules.IpAsnResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The employee page's IP ASN: the last five years (the four dimensions, total, category and the change from the year
 * before), the latest year's explanation and missing data; "not measured" for CPNS and non-ASN staff. Computed from
 * the employee's records when the page is shown (the page itself is scope-checked).
 */
@Component
class IpAsnSection implements EmployeePageSection {
    static final int YEARS = 5;
    private final IpAsnService service;
    private final ExplanationText text;

    IpAsnSection(IpAsnService service, ExplanationText text) {
        this.service = service;
        this.text = text;
    }

    /** One year of the history; {@code change} null for the first year shown. */
    record Row(IpAsnResult result, BigDecimal change) {
    }

    record Data(boolean measured, String employeeType, List<Row> rows, IpAsnResult latest, List<String> explanation,
                List<String> missing, List<String> raise) {
    }

    @Override
    public Optional<Section> section(EmployeeView employee) {
        int to = service.currentYear();
        if (!service.measured(employee.employeeType(), to)) {
            return Optional.of(new Section("professionalism/section", "employee",
                    new Data(false, employee.employeeType().name(), List.of(), null, List.of(), List.of(), List.of())));
        }
        List<IpAsnResult> history = service.history(employee, to - YEARS + 1, to);
        List<Row> rows = new ArrayList<>();
        BigDecimal previous = null;
        for (IpAsnResult r : history) {
            rows.add(new Row(r, previous == null ? null : r.total().subtract(previous)));
            previous = r.total();
        }
        java.util.Collections.reverse(rows);
        IpAsnResult latest = history.isEmpty() ? null : history.get(history.size() - 1);
        Locale locale = LocaleContextHolder.getLocale();
        return Optional.of(new Section("professionalism/section", "employee", new Data(true, employee.employeeType().name(),
                rows, latest, latest == null ? List.of() : text.render(latest.explanation(), locale),
                latest == null ? List.of() : text.missing(latest.missingData(), locale),
                // issue 15 item 4: what would raise it, for the latest year shown
                latest == null ? List.of() : service.raise(employee, latest.year()).stream()
                        .map(x -> text.render(x.text(), locale)).toList())));
    }
}
