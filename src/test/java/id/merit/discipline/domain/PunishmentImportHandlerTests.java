package id.merit.discipline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.shared.BusinessProblem;
import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.RowProblem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** The {@code punishments} import on the one import template (interchange.md §2), with the register mocked. */
class PunishmentImportHandlerTests {

    static final String NIP = PunishmentRowParserTests.NIP;
    static final String HEADER = "nip,level,kind,decision_date,effective_date,end_date\n";
    private final EmployeeDirectory employees = mock(EmployeeDirectory.class);
    private final PunishmentService service = mock(PunishmentService.class);
    private final RecordingTransactions transactions = new RecordingTransactions();
    private final PunishmentImportHandler handler = new PunishmentImportHandler(employees, service, transactions);

    @BeforeEach
    void setUp() {
        when(employees.ref(anyString())).thenReturn(Optional.empty());
        when(employees.ref(NIP)).thenReturn(Optional.of(new EmployeeRef(1, NIP, "Budi", EmployeeType.PNS, 10, PositionKind.PELAKSANA,
                LocalDate.of(1985, 3, 12))));
        when(service.upsertImported(any(), any())).thenReturn(PunishmentService.Written.CREATED);
    }

    @Test
    void oneRejectedRowStoresNothingAndReportsEveryProblemWithItsLine() {
        ImportOutcome out = run(HEADER
                + NIP + ",RINGAN,TEGURAN_TERTULIS,2021-05-03,2021-05-17,\n"
                + "199001012015011001,RINGAN,TEGURAN_LISAN,2021-06-01,2021-06-15,\n"
                + NIP + ",SEDANG,TEGURAN_LISAN,2021-07-01,2021-07-15,\n", false);

        assertThat(out.accepted()).isZero();
        assertThat(out.rejected()).extracting(RowProblem::line, RowProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "nip"), org.assertj.core.groups.Tuple.tuple(4L, "kind"));
        verify(service, never()).upsertImported(any(), any());
        assertThat(transactions.rolledBack).isZero();
    }

    @Test
    void writesEveryRowInOneTransactionAndCountsUnchangedOnesAsDuplicates() {
        when(service.upsertImported(any(), any())).thenReturn(PunishmentService.Written.CREATED, PunishmentService.Written.UNCHANGED,
                PunishmentService.Written.UPDATED);

        ImportOutcome out = run(HEADER
                + NIP + ",RINGAN,TEGURAN_TERTULIS,2021-05-03,2021-05-17,\n"
                + NIP + ",RINGAN,TEGURAN_LISAN,2021-03-01,2021-03-15,\n"
                + NIP + ",SEDANG,PENUNDAAN_KGB,2021-09-01,2021-09-15,2022-09-15\n", false);

        assertThat(out.accepted()).isEqualTo(2);
        assertThat(out.duplicates()).isEqualTo(1);
        assertThat(out.rejected()).isEmpty();
        assertThat(transactions.committed).as("the read pass and the one write transaction").isEqualTo(2);
        assertThat(transactions.rolledBack).isZero();
    }

    @Test
    void theSameRowTwiceInAFileIsStoredOnceAndCountedAsADuplicate() {
        String line = NIP + ",RINGAN,TEGURAN_TERTULIS,2021-05-03,2021-05-17,\n";
        ImportOutcome out = run(HEADER + line + line, false);

        assertThat(out.accepted()).isEqualTo(1);
        assertThat(out.duplicates()).isEqualTo(1);
        verify(service, times(1)).upsertImported(any(), any());
    }

    @Test
    void aKeyRepeatedWithOtherValuesInTheFileIsRejected() {
        ImportOutcome out = run(HEADER
                + NIP + ",RINGAN,TEGURAN_TERTULIS,2021-05-03,2021-05-17,\n"
                + NIP + ",RINGAN,TEGURAN_TERTULIS,2021-05-03,2021-05-20,\n", false);

        assertThat(out.accepted()).isZero();
        assertThat(out.rejected()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.messageKey()).isEqualTo("import.error.duplicateKey");
            assertThat(p.args()).containsExactly("nip+decision_date+kind", "2");
        });
        verify(service, never()).upsertImported(any(), any());
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() {
        ImportOutcome out = run("nip,level,kind,decision_date,end_date\n" + NIP + ",RINGAN,TEGURAN_LISAN,2021-05-03,\n", false);

        assertThat(out.rejected()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("effective_date");
            assertThat(p.messageKey()).isEqualTo("import.error.missingColumns");
        });
    }

    @Test
    void aRefusalWhileWritingRollsBackTheWholeFile() {
        when(service.upsertImported(any(), any())).thenReturn(PunishmentService.Written.CREATED)
                .thenThrow(new BusinessProblem("kind", "discipline.import.error.decidedInMerit", "42"));

        ImportOutcome out = run(HEADER
                + NIP + ",RINGAN,TEGURAN_TERTULIS,2021-05-03,2021-05-17,\n"
                + NIP + ",BERAT,PEMBEBASAN_JABATAN,2021-09-01,2021-09-15,2022-09-15\n", false);

        assertThat(out.accepted()).isZero();
        assertThat(out.rejected()).extracting(RowProblem::line, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "discipline.import.error.decidedInMerit"));
        assertThat(transactions.rolledBack).isEqualTo(1);
        assertThat(transactions.committed).as("only the read-only validation pass").isEqualTo(1);
    }

    @Test
    void aDryRunRollsBackAndAcceptsNothing() {
        ImportOutcome out = run(HEADER + NIP + ",RINGAN,TEGURAN_TERTULIS,2021-05-03,2021-05-17,\n", true);

        assertThat(out.accepted()).isZero();
        assertThat(out.rejected()).isEmpty();
        assertThat(transactions.rolledBack).isEqualTo(1);
    }

    private ImportOutcome run(String csv, boolean dryRun) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return handler.run(new ImportRequest("punishments", "p.csv", () -> new ByteArrayInputStream(bytes), Map.of(), dryRun));
    }

    /** Counts what the handler did with its transaction. */
    static final class RecordingTransactions extends AbstractPlatformTransactionManager {
        int begun;
        int committed;
        int rolledBack;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            begun++;
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            committed++;
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rolledBack++;
        }
    }
}
