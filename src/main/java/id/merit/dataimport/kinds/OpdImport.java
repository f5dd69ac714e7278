package id.merit.dataimport.kinds;

import id.merit.dataimport.MasterDataImport;
import id.merit.dataimport.RowParser;

import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdCommands.OpdData;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.dataimport.ImportRequest;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code opds}. Address and coordinates are not in the file: an update keeps the stored ones. */
@Component
class OpdImport extends MasterDataImport<OpdData> {

    private final OpdQueries queries;
    private final OpdCommands commands;

    OpdImport(OpdQueries queries, OpdCommands commands, PlatformTransactionManager transactions, EntityManager em) {
        super(transactions, jpa(em));
        this.queries = queries;
        this.commands = commands;
    }

    @Override
    public String kind() {
        return "opds";
    }

    @Override
    protected List<String> columnList() {
        return OpdRowParser.COLUMNS;
    }

    @Override
    protected RowParser<OpdData> parser(ImportRequest request) {
        Map<String, String> parents = new HashMap<>();
        queries.tree().forEach(o -> parents.put(o.code(), o.parentCode()));
        return new OpdRowParser(parents);
    }

    @Override
    protected Written write(OpdData row) {
        OpdData data = queries.byCode(row.code())
                .map((OpdView o) -> new OpdData(row.code(), row.name(), row.kind(), row.parentCode(), o.address(),
                        o.latitude(), o.longitude()))
                .orElse(row);
        return commands.upsert(data) == OpdCommands.Outcome.UNCHANGED ? Written.UNCHANGED : Written.CHANGED;
    }
}
