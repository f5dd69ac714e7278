package id.merit.dataimport.kinds;

import id.merit.dataimport.MasterDataImport;
import id.merit.dataimport.RowParser;

import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.Outcome;
import id.merit.dataimport.ImportRequest;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code employees}, keyed by NIP. */
@Component
class EmployeeImport extends MasterDataImport<EmployeeData> {

    private final EmployeeLookups lookups;
    private final EmployeeCommands commands;
    private final Clock clock;

    EmployeeImport(EmployeeLookups lookups, EmployeeCommands commands, PlatformTransactionManager transactions,
                   EntityManager em, Clock clock) {
        super(transactions, jpa(em));
        this.lookups = lookups;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "employees";
    }

    @Override
    protected List<String> columnList() {
        return EmployeeRowParser.COLUMNS;
    }

    @Override
    protected RowParser<EmployeeData> parser(ImportRequest request) {
        return new EmployeeRowParser(lookups.opdCodes(), LocalDate.now(clock));
    }

    /** 5,000 rows a statement: fewer round trips, and the progress still moves every few per cent of a large file. */
    @Override
    protected int chunkSize() {
        return 5000;
    }

    /** Set-based: the registry stages the chunk with COPY and upserts it in one statement. */
    @Override
    protected boolean[] writeChunk(List<EmployeeData> rows) {
        return commands.upsertAll(rows);
    }

    static Written written(Outcome outcome) {
        return outcome == Outcome.UNCHANGED ? Written.UNCHANGED : Written.CHANGED;
    }
}
