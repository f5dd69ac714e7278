package id.merit.selection.web;

import id.merit.employee.EmployeePageSection;
import id.merit.employee.EmployeeType;
import id.merit.employee.EmployeeView;
import id.merit.employee.Retirement;
import id.merit.selection.domain.EligibilityService;
import id.merit.selection.rules.Eligibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Kelayakan jabatan" on the employee page (the page is scope-checked already): for a PNS, the JPT Pratama,
 * Administrator and Pengawas checks for today with each unmet condition as a sentence, and the day the employee
 * reaches the retirement age of the current position. For every other type one line says the checks are for PNS
 * only (JPT and administration posts are PNS posts; a PPPK, CPNS or non-ASN page would otherwise show three refusals).
 */
@Component
class EligibilitySection implements EmployeePageSection {
    private final EligibilityService eligibility;
    private final SentenceWriter writer;
    private final MessageSource messages;

    EligibilitySection(EligibilityService eligibility, SentenceWriter writer, MessageSource messages) {
        this.eligibility = eligibility;
        this.writer = writer;
        this.messages = messages;
    }

    /** {@code post} is a message key; {@code sentences} are written in the page's language. */
    record Row(String post, boolean eligible, List<String> sentences, String basis) {
    }

    /** {@code position} in words; {@code reachedOn} null when no current position is recorded. */
    record RetirementView(String position, int years, LocalDate reachedOn) {
    }

    record Card(boolean pns, LocalDate date, List<Row> rows, RetirementView retirement) {
    }

    @Override
    public Optional<Section> section(EmployeeView employee) {
        if (employee.employeeType() != EmployeeType.PNS) {
            return Optional.of(new Section("selection/eligibility", "employee", new Card(false, null, List.of(), null)));
        }
        LocalDate today = eligibility.today();
        EligibilityService.PostChecks checks = eligibility.posts(employee.nip(), today);
        List<Row> rows = List.of(row("selection.post.JPT_PRATAMA", checks.jptPratama()),
                row("selection.post.ADMINISTRATOR", checks.administrator()), row("selection.post.PENGAWAS", checks.pengawas()));
        return Optional.of(new Section("selection/eligibility", "employee", new Card(true, today, rows, retirement(employee))));
    }

    private Row row(String post, Eligibility e) {
        return new Row(post, e.eligible(), writer.sentences(e), e.basis());
    }

    private RetirementView retirement(EmployeeView e) {
        if (e.positionKind() == null || e.birthDate() == null) {
            return null;
        }
        String position = label("positionKind." + e.positionKind().name())
                + (e.positionLevel() == null ? "" : " " + label("positionLevel." + e.positionLevel().name()));
        return new RetirementView(position, Retirement.age(e.positionKind(), e.positionLevel()),
                Retirement.reachedOn(e.birthDate(), e.positionKind(), e.positionLevel()));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
