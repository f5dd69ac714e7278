package id.merit.dataimport.kinds;

import id.merit.dataimport.MasterDataImport;
import id.merit.dataimport.RowParser;

import id.merit.employee.EmployeeCommands;
import id.merit.dataimport.ImportRequest;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code trainings}, keyed by NIP, name and end date. */
@Component
class TrainingImport extends MasterDataImport<TrainingRowParser.Row> {

    private final EmployeeLookups lookups;
    private final EmployeeCommands commands;

    TrainingImport(EmployeeLookups lookups, EmployeeCommands commands, PlatformTransactionManager transactions,
                   EntityManager em) {
        super(transactions, jpa(em));
        this.lookups = lookups;
        this.commands = commands;
    }

    @Override
    public String kind() {
        return "trainings";
    }

    @Override
    protected List<String> columnList() {
        return TrainingRowParser.COLUMNS;
    }

    @Override
    protected RowParser<TrainingRowParser.Row> parser(ImportRequest request) {
        return new TrainingRowParser(lookups.employeeNips());
    }

    @Override
    protected Written write(TrainingRowParser.Row row) {
        return EmployeeImport.written(commands.upsertTraining(row.nip(), row.training()));
    }
}
