package id.merit.dataimport.kinds;

import id.merit.dataimport.MasterDataImport;
import id.merit.dataimport.RowParser;

import id.merit.employee.EmployeeCommands;
import id.merit.dataimport.ImportRequest;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code positions}: position history, keyed by NIP and start date. */
@Component
class PositionImport extends MasterDataImport<PositionRowParser.Row> {

    private final EmployeeLookups lookups;
    private final EmployeeCommands commands;

    PositionImport(EmployeeLookups lookups, EmployeeCommands commands, PlatformTransactionManager transactions,
                   EntityManager em) {
        super(transactions, jpa(em));
        this.lookups = lookups;
        this.commands = commands;
    }

    @Override
    public String kind() {
        return "positions";
    }

    @Override
    protected List<String> columnList() {
        return PositionRowParser.COLUMNS;
    }

    @Override
    protected RowParser<PositionRowParser.Row> parser(ImportRequest request) {
        return new PositionRowParser(lookups.employeeNips(), lookups.opdCodes(), lookups.postCodes());
    }

    @Override
    protected Written write(PositionRowParser.Row row) {
        return EmployeeImport.written(commands.upsertPosition(row.nip(), row.position()));
    }
}
