package id.merit.dataimport.kinds;

import id.merit.dataimport.MasterDataImport;
import id.merit.dataimport.RowParser;

import id.merit.employee.EmployeeCommands;
import id.merit.dataimport.ImportRequest;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code education}, keyed by NIP and level. */
@Component
class EducationImport extends MasterDataImport<EducationRowParser.Row> {

    private final EmployeeLookups lookups;
    private final EmployeeCommands commands;

    EducationImport(EmployeeLookups lookups, EmployeeCommands commands, PlatformTransactionManager transactions,
                    EntityManager em) {
        super(transactions, jpa(em));
        this.lookups = lookups;
        this.commands = commands;
    }

    @Override
    public String kind() {
        return "education";
    }

    @Override
    protected List<String> columnList() {
        return EducationRowParser.COLUMNS;
    }

    @Override
    protected RowParser<EducationRowParser.Row> parser(ImportRequest request) {
        return new EducationRowParser(lookups.employeeNips());
    }

    @Override
    protected Written write(EducationRowParser.Row row) {
        return EmployeeImport.written(commands.upsertEducation(row.nip(), row.education()));
    }
}
