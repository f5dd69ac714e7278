package id.merit.dataimport.kinds;

import id.merit.dataimport.MasterDataImport;
import id.merit.dataimport.RowParser;

import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.PostCommands;
import id.merit.orgunit.PostCommands.PostData;
import id.merit.orgunit.PostQueries;
import id.merit.dataimport.ImportRequest;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code posts}: the post catalogue, keyed by code (after {@code opds}, before {@code positions}). */
@Component
class PostImport extends MasterDataImport<PostData> {

    private final EmployeeLookups lookups;
    private final PostQueries queries;
    private final PostCommands commands;

    PostImport(EmployeeLookups lookups, PostQueries queries, PostCommands commands,
               PlatformTransactionManager transactions, EntityManager em) {
        super(transactions, jpa(em));
        this.lookups = lookups;
        this.queries = queries;
        this.commands = commands;
    }

    @Override
    public String kind() {
        return "posts";
    }

    @Override
    protected List<String> columnList() {
        return PostRowParser.COLUMNS;
    }

    @Override
    protected RowParser<PostData> parser(ImportRequest request) {
        Map<String, String> superiors = new HashMap<>();
        // retired posts too: a file may list one again (it is reinstated) or name it as a superior
        queries.all().forEach(p -> superiors.put(p.code(), p.superiorCode()));
        return new PostRowParser(lookups.opdCodes(), superiors);
    }

    @Override
    protected Written write(PostData row) {
        return commands.upsert(row) == OpdCommands.Outcome.UNCHANGED ? Written.UNCHANGED : Written.CHANGED;
    }
}
