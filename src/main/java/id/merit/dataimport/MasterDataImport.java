package id.merit.dataimport;

import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An atomic master-data kind (interchange.md §2) in two passes.
 * <ol>
 * <li>Pass 1 reads the whole file and validates every row ({@link FileValidation} with the kind's pure
 * {@link RowParser}); any rejected row ends the import: nothing is stored, every problem is reported.</li>
 * <li>Pass 2 writes the parsed rows in file order in one transaction through the owning module's commands;
 * CREATED/UPDATED rows count as accepted, UNCHANGED ones (and identical repeats inside the file) as duplicates.
 * Any failure rolls the whole file back and is reported on the row that failed.</li>
 * </ol>
 * A dry run performs pass 2 too, inside a transaction that is always rolled back: {@code duplicates} is then exactly
 * what a real import would count, and {@code accepted} is 0 as the contract requires.
 *
 * <p>Pass 2 works from the rows parsed in pass 1 rather than re-reading the spooled file: finding duplicate keys
 * needs the parsed values in memory anyway, and master-data files are at most tens of thousands of rows.
 */
public abstract class MasterDataImport<T> implements ImportHandler {

    private static final Logger log = LoggerFactory.getLogger(MasterDataImport.class);
    /** Rows written between two flushes of the persistence context (keeps it small; the writes are not committed). */
    private static final int CHUNK = 500;

    /** Rows handed to one {@link #writeChunk} call; a kind with a set-based writer may take more than the default 500. */
    protected int chunkSize() {
        return CHUNK;
    }

    private final TransactionTemplate readTx;
    private final TransactionTemplate writeTx;
    private final Runnable clearPersistenceContext;

    public enum Written { CHANGED, UNCHANGED }

    private record Pass1<T>(TabularFile.Header header, FileValidation<T> validation) {
    }

    /** {@code clearPersistenceContext} flushes and clears the JPA session (see {@link #jpa}). */
    protected MasterDataImport(PlatformTransactionManager transactions, Runnable clearPersistenceContext) {
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        this.writeTx = new TransactionTemplate(transactions);
        this.clearPersistenceContext = clearPersistenceContext;
    }

    public static Runnable jpa(jakarta.persistence.EntityManager entityManager) {
        return () -> {
            entityManager.flush();
            entityManager.clear();
        };
    }

    /** The parser with its lookups loaded (called inside a read-only transaction). */
    protected abstract RowParser<T> parser(ImportRequest request);

    /**
     * Stores one row (inside the import's transaction). A kind overrides this or {@link #writeChunk}, the set-based
     * form.
     */
    protected Written write(T row) {
        throw new UnsupportedOperationException(kind() + " writes its rows in chunks");
    }

    @Override
    public boolean atomic() {
        return true;
    }

    @Override
    public List<String> columns() {
        return columnList();
    }

    protected abstract List<String> columnList();

    @Override
    public ImportOutcome run(ImportRequest request) {
        long started = System.nanoTime();
        Pass1<T> read = readTx.execute(status -> {
            FileValidation<T> v = new FileValidation<>(parser(request));
            return new Pass1<>(TabularFile.read(request.file(), columns(), v), v.finish());
        });
        if (!read.header().missing().isEmpty()) {
            List<String> missing = read.header().missing();
            return new ImportOutcome(0, 0, List.of(new RowProblem(1, String.join(",", missing),
                    "import.error.missingColumns", String.join(", ", missing), String.join(",", columns()))), 0);
        }
        FileValidation<T> pass1 = read.validation();
        if (pass1.rejected()) {
            return new ImportOutcome(0, 0, pass1.problems(), pass1.rowCount());
        }
        log.debug("Import of {}: {} rows read and validated in {} ms", kind(), pass1.rowCount(),
                (System.nanoTime() - started) / 1_000_000);
        int size = chunkSize();
        return writeTx.execute(status -> {
            long accepted = 0;
            long duplicates = pass1.duplicates();
            List<FileValidation.Parsed<T>> rows = pass1.rows();
            for (int from = 0; from < rows.size(); from += size) {
                List<FileValidation.Parsed<T>> chunk = rows.subList(from, Math.min(rows.size(), from + size));
                boolean[] changed;
                try {
                    changed = writeChunk(chunk.stream().map(FileValidation.Parsed::value).toList());
                } catch (RowFailure f) {
                    status.setRollbackOnly();
                    return new ImportOutcome(0, 0, List.of(problem(chunk.get(f.index).line(), f.cause)), pass1.rowCount());
                } catch (RuntimeException e) {
                    status.setRollbackOnly();
                    return new ImportOutcome(0, 0, List.of(problem(chunk.get(0).line(), e)), pass1.rowCount());
                }
                for (boolean c : changed) {
                    if (c) {
                        accepted++;
                    } else {
                        duplicates++;
                    }
                }
                clearPersistenceContext.run();
                request.progress().written(from + chunk.size(), rows.size());
            }
            if (request.dryRun()) {
                status.setRollbackOnly();
                return new ImportOutcome(0, duplicates, List.of(), pass1.rowCount());
            }
            return new ImportOutcome(accepted, duplicates, List.of(), pass1.rowCount());
        });
    }

    /**
     * Stores a chunk of rows in file order, inside the import's transaction, and says per row whether it changed
     * anything. The default calls {@link #write} row by row; a kind that can write a chunk with one set-based statement
     * (a batched upsert) overrides this, and a failure is then reported on the chunk's first row.
     */
    protected boolean[] writeChunk(List<T> rows) {
        boolean[] changed = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            try {
                changed[i] = write(rows.get(i)) == Written.CHANGED;
            } catch (RuntimeException e) {
                throw new RowFailure(i, e);
            }
        }
        return changed;
    }

    /** Which row of a chunk failed, so the report names its line. */
    private static final class RowFailure extends RuntimeException {
        private final int index;
        private final RuntimeException cause;

        RowFailure(int index, RuntimeException cause) {
            super(cause);
            this.index = index;
            this.cause = cause;
        }
    }

    /** A refusal by the owning module is shown as such; anything else is logged and reported without detail. */
    private RowProblem problem(long line, RuntimeException e) {
        if (e instanceof BusinessProblem b) {
            return new RowProblem(line, b.field(), b.messageKey(), b.args());
        }
        if (e instanceof NotFoundProblem nf) {
            return new RowProblem(line, null, nf.messageKey(), nf.args());
        }
        log.error("Import of {} failed at line {}; nothing was stored", kind(), line, e);
        return new RowProblem(line, null, "import.error.storeFailed");
    }
}
