package id.merit.dataimport;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.merit.shared.BusinessProblem;
import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.RowProblem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** The two passes of an atomic import: nothing is written unless every row is valid; one transaction; dry runs roll back. */
class MasterDataImportTests {

    /** A transaction manager that only records what happened. */
    static final class RecordingTransactions extends AbstractPlatformTransactionManager {
        final List<String> log = new ArrayList<>();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            log.add(definition.isReadOnly() ? "begin-read" : "begin-write");
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            log.add("commit");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            log.add("rollback");
        }
    }

    /** A kind of "code,name" rows whose writes are decided by {@code store}. */
    static class Codes extends MasterDataImport<List<String>> {
        final List<String> written = new ArrayList<>();
        final Function<List<String>, Written> store;

        Codes(RecordingTransactions tx, Function<List<String>, Written> store) {
            this(tx, () -> { }, store);
        }

        Codes(RecordingTransactions tx, Runnable clear, Function<List<String>, Written> store) {
            super(tx, clear);
            this.store = store;
        }

        @Override
        public String kind() {
            return "codes";
        }

        @Override
        protected List<String> columnList() {
            return List.of("code", "name");
        }

        @Override
        protected RowParser<List<String>> parser(ImportRequest request) {
            return new RowParser<>() {
                @Override
                public List<String> parse(RowCheck c) {
                    String code = c.required("code");
                    String name = c.text("name", true, 10);
                    return c.ok() ? List.of(code, name) : null;
                }

                @Override
                public Object key(List<String> value) {
                    return value.get(0);
                }

                @Override
                public String keyField() {
                    return "code";
                }

                @Override
                public String keyLabel() {
                    return "code";
                }
            };
        }

        @Override
        protected Written write(List<String> row) {
            written.add(row.get(0));
            return store.apply(row);
        }
    }

    private final RecordingTransactions tx = new RecordingTransactions();

    @Test
    void validFileIsWrittenInOneTransaction() {
        Codes kind = new Codes(tx, r -> r.get(0).equals("B") ? MasterDataImport.Written.UNCHANGED : MasterDataImport.Written.CHANGED);

        ImportOutcome outcome = kind.run(request("code,name\nA,Ani\nB,Budi\nC,Cici\nA,Ani\n", false));

        assertThat(outcome.accepted()).isEqualTo(2);
        assertThat(outcome.duplicates()).isEqualTo(2);
        assertThat(outcome.rejected()).isEmpty();
        assertThat(outcome.rows()).isEqualTo(4);
        assertThat(kind.written).containsExactly("A", "B", "C");
        assertThat(tx.log).containsExactly("begin-read", "commit", "begin-write", "commit");
    }

    @Test
    void oneRejectedRowMeansNothingIsWritten() {
        Codes kind = new Codes(tx, r -> MasterDataImport.Written.CHANGED);

        ImportOutcome outcome = kind.run(request("code,name\nA,Ani\nB,\nC,Cici\n", false));

        assertThat(outcome.accepted()).isZero();
        assertThat(outcome.rejected()).extracting(RowProblem::line, RowProblem::field).containsExactly(tuple(3L, "name"));
        assertThat(kind.written).isEmpty();
        assertThat(tx.log).containsExactly("begin-read", "commit");
    }

    @Test
    void failureWhileWritingRollsEverythingBackAndNamesTheRow() {
        Codes kind = new Codes(tx, r -> {
            if (r.get(0).equals("C")) {
                throw new BusinessProblem("parentCode", "opd.error.cycle");
            }
            return MasterDataImport.Written.CHANGED;
        });

        ImportOutcome outcome = kind.run(request("code,name\nA,Ani\nB,Budi\nC,Cici\nD,Dedi\n", false));

        assertThat(outcome.accepted()).isZero();
        assertThat(outcome.rejected()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.messageKey()).isEqualTo("opd.error.cycle");
        });
        assertThat(kind.written).containsExactly("A", "B", "C");
        assertThat(tx.log).containsExactly("begin-read", "commit", "begin-write", "rollback");
    }

    @Test
    void unexpectedFailureIsReportedWithoutDetail() {
        Codes kind = new Codes(tx, r -> {
            throw new IllegalStateException("duplicate key value violates unique constraint");
        });

        ImportOutcome outcome = kind.run(request("code,name\nA,Ani\n", false));

        assertThat(outcome.rejected()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.messageKey()).isEqualTo("import.error.storeFailed");
            assertThat(p.args()).isEmpty();
        });
        assertThat(tx.log).endsWith("rollback");
    }

    @Test
    void dryRunCountsLikeARealImportButRollsBack() {
        Codes kind = new Codes(tx, r -> r.get(0).equals("A") ? MasterDataImport.Written.UNCHANGED : MasterDataImport.Written.CHANGED);

        ImportOutcome outcome = kind.run(request("code,name\nA,Ani\nB,Budi\n", true));

        assertThat(outcome.accepted()).isZero();
        assertThat(outcome.duplicates()).isEqualTo(1);
        assertThat(tx.log).containsExactly("begin-read", "commit", "begin-write", "rollback");
    }

    @Test
    void rowsAreWrittenInChunksOf500AndThePersistenceContextIsClearedAfterEach() {
        int[] clears = {0};
        Codes kind = new Codes(tx, () -> clears[0]++, r -> MasterDataImport.Written.CHANGED);
        StringBuilder csv = new StringBuilder("code,name\n");
        for (int i = 0; i < 1001; i++) {
            csv.append('C').append(i).append(",n\n");
        }
        List<long[]> progress = new java.util.ArrayList<>();
        ImportRequest request = new ImportRequest("codes", "c.csv", () -> new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), Map.of(), false,
                (done, total) -> progress.add(new long[] {done, total}));

        assertThat(kind.run(request).accepted()).isEqualTo(1001);
        assertThat(clears[0]).as("after rows 500, 1000 and 1001").isEqualTo(3);
        assertThat(progress).extracting(p -> p[0] + "/" + p[1]).containsExactly("500/1001", "1000/1001", "1001/1001");
    }

    @Test
    void aKindMayWriteAChunkWithOneStatementAndAFailureNamesTheChunksFirstLine() {
        List<Integer> chunkSizes = new java.util.ArrayList<>();
        Codes kind = new Codes(tx, r -> MasterDataImport.Written.CHANGED) {
            @Override
            protected boolean[] writeChunk(List<List<String>> rows) {
                chunkSizes.add(rows.size());
                if (chunkSizes.size() == 2) {
                    throw new IllegalStateException("batch refused");
                }
                boolean[] changed = new boolean[rows.size()];
                changed[0] = true;
                return changed;
            }
        };
        StringBuilder csv = new StringBuilder("code,name\n");
        for (int i = 0; i < 600; i++) {
            csv.append('C').append(i).append(",n\n");
        }

        ImportOutcome outcome = kind.run(request(csv.toString(), false));

        assertThat(chunkSizes).containsExactly(500, 100);
        assertThat(outcome.accepted()).isZero();
        assertThat(outcome.rejected()).singleElement().satisfies(p -> {
            assertThat(p.line()).as("row 501 is on line 502").isEqualTo(502);
            assertThat(p.messageKey()).isEqualTo("import.error.storeFailed");
        });
    }

    @Test
    void missingColumnsAreOneProblemAtLineOne() {
        Codes kind = new Codes(tx, r -> MasterDataImport.Written.CHANGED);

        ImportOutcome outcome = kind.run(request("code\nA\n", false));

        assertThat(outcome.rejected()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("name");
            assertThat(p.messageKey()).isEqualTo("import.error.missingColumns");
        });
        assertThat(kind.written).isEmpty();
    }

    private static ImportRequest request(String csv, boolean dryRun) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return new ImportRequest("codes", "codes.csv", () -> new ByteArrayInputStream(bytes), Map.of(), dryRun);
    }
}
