package id.merit.discipline.domain;

import id.merit.employee.EmployeeDirectory;
import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.MasterDataImport;
import id.merit.dataimport.RowParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code punishments} import (interchange.md §2): atomic and idempotent through the one import template
 * ({@link MasterDataImport}); key nip + decision_date + kind. A punishment decided in a Merit case is not overwritten
 * by an import: such a row is refused ({@code decidedInMerit}) and the file rolls back.
 */
@Component
class PunishmentImportHandler extends MasterDataImport<PunishmentRow> {

    private final EmployeeDirectory employees;
    private final PunishmentService punishments;

    PunishmentImportHandler(EmployeeDirectory employees, PunishmentService punishments, PlatformTransactionManager transactions) {
        super(transactions, () -> { });
        this.employees = employees;
        this.punishments = punishments;
    }

    @Override
    public String kind() {
        return "punishments";
    }

    @Override
    protected List<String> columnList() {
        return PunishmentRowParser.COLUMNS;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public ImportOutcome run(ImportRequest request) {
        return super.run(request);
    }

    @Override
    protected RowParser<PunishmentRow> parser(ImportRequest request) {
        Map<String, Boolean> known = new HashMap<>();
        return new PunishmentRowParser(nip -> known.computeIfAbsent(nip, n -> employees.ref(n).isPresent()));
    }

    @Override
    protected Written write(PunishmentRow row) {
        PunishmentService.Written w = punishments.upsertImported(employees.ref(row.nip()).orElseThrow(), row);
        return w == PunishmentService.Written.UNCHANGED ? Written.UNCHANGED : Written.CHANGED;
    }
}
