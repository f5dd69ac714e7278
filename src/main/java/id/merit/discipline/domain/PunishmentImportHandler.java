package id.merit.discipline.domain;

import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeRef;
import id.merit.shared.BusinessProblem;
import id.merit.shared.imports.ImportHandler;
import id.merit.shared.imports.ImportOutcome;
import id.merit.shared.imports.ImportRequest;
import id.merit.shared.imports.RowProblem;
import id.merit.shared.imports.TabularFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code punishments} import (interchange.md §2), atomic and idempotent, in two passes: the whole file is
 * validated first ({@link PunishmentRowValidator}, plus rows repeating a key with other values); any rejected row
 * ends the import with nothing stored. Then every row is written in one transaction (key nip + decision_date +
 * kind): new keys are created, changed rows updated, identical ones — in the database or repeated in the file —
 * count as duplicates. A dry run does the second pass too and rolls it back.
 */
@Component
class PunishmentImportHandler implements ImportHandler {

    private static final Logger log = LoggerFactory.getLogger(PunishmentImportHandler.class);
    private final EmployeeQueries employees;
    private final PunishmentService punishments;
    private final TransactionTemplate tx;

    PunishmentImportHandler(EmployeeQueries employees, PunishmentService punishments, PlatformTransactionManager transactions) {
        this.employees = employees;
        this.punishments = punishments;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public String kind() {
        return "punishments";
    }

    @Override
    public boolean atomic() {
        return true;
    }

    @Override
    public List<String> columns() {
        return PunishmentRowValidator.COLUMNS;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public ImportOutcome run(ImportRequest request) {
        Map<String, Optional<EmployeeRef>> refs = new HashMap<>();
        PunishmentRowValidator validator = new PunishmentRowValidator(nip -> ref(refs, nip).isPresent());
        List<RowProblem> problems = new ArrayList<>();
        Map<PunishmentRow.Key, PunishmentRow> rows = new LinkedHashMap<>();
        long[] repeats = {0};
        TabularFile.Header header = TabularFile.read(request.file(), columns(), r -> {
            PunishmentRowValidator.Result result = validator.validate(r);
            if (!result.valid()) {
                problems.addAll(result.problems());
                return;
            }
            PunishmentRow row = result.row();
            PunishmentRow first = rows.putIfAbsent(row.key(), row);
            if (first != null) {
                if (first.sameValues(row)) {
                    repeats[0]++;
                } else {
                    problems.add(new RowProblem(row.line(), "kind", PunishmentRowValidator.PREFIX + "conflictInFile", first.line()));
                }
            }
        });
        if (!header.missing().isEmpty()) {
            return new ImportOutcome(0, 0, List.of(new RowProblem(1, String.join(",", header.missing()),
                    PunishmentRowValidator.PREFIX + "missingColumns", String.join(", ", header.missing()), String.join(",", columns()))));
        }
        if (!problems.isEmpty()) {
            return new ImportOutcome(0, 0, problems);
        }
        return tx.execute(status -> {
            long accepted = 0;
            long duplicates = repeats[0];
            for (PunishmentRow row : rows.values()) {
                PunishmentService.Written written;
                try {
                    written = punishments.upsertImported(ref(refs, row.nip()).orElseThrow(), row);
                } catch (RuntimeException e) {
                    status.setRollbackOnly();
                    return new ImportOutcome(0, 0, List.of(problem(row.line(), e)));
                }
                if (written == PunishmentService.Written.UNCHANGED) {
                    duplicates++;
                } else {
                    accepted++;
                }
            }
            if (request.dryRun()) {
                status.setRollbackOnly();
                return new ImportOutcome(0, duplicates, List.of());
            }
            return new ImportOutcome(accepted, duplicates, List.of());
        });
    }

    private Optional<EmployeeRef> ref(Map<String, Optional<EmployeeRef>> cache, String nip) {
        return cache.computeIfAbsent(nip, employees::ref);
    }

    private static RowProblem problem(long line, RuntimeException e) {
        if (e instanceof BusinessProblem b) {
            return new RowProblem(line, b.field(), b.messageKey(), b.args());
        }
        log.error("punishments import failed at line {}; nothing was stored", line, e);
        return new RowProblem(line, null, PunishmentRowValidator.PREFIX + "storeFailed");
    }
}
