package id.merit.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.attendance.domain.excuses.ExcuseEvidence;
import id.merit.attendance.domain.excuses.ExcuseService;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 7 §3: the excuse list loaded every evidence file of the year (up to 5 MB each) and every excuse before
 * the scope filter, so an OPD head opening the list could exhaust the heap. It reads only the excuses in scope
 * and only the evidence file names.
 */
@MeritIntegrationTest
class ExcuseListIT {
    static final int YEAR = 2033;

    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    ExcuseService excuses;
    @Autowired
    EntityManagerFactory emf;

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void anOpdHeadsListReadsOnlyTheirExcusesAndNoEvidenceContent() {
        TestUsers.runAs(Role.ADMIN, null, null);
        opds.upsert(new OpdCommands.OpdData("EXC-A", "Dinas Uji Izin", OpdKind.DINAS, null, null, null, null));
        opds.upsert(new OpdCommands.OpdData("EXC-B", "Badan Uji Izin", OpdKind.BADAN, null, null, null, null));
        String nipA = Nip.compose(LocalDate.of(1984, 2, 2), YearMonth.of(2009, 1), 'M', 881);
        String nipB = Nip.compose(LocalDate.of(1986, 4, 4), YearMonth.of(2011, 1), 'F', 882);
        employees.upsert(new EmployeeData(nipA, "Adi Izin", Gender.M, LocalDate.of(1984, 2, 2), EmployeeType.PNS, "EXC-A", "III/a",
                "Analis", PositionKind.PELAKSANA, null, null, null, null));
        employees.upsert(new EmployeeData(nipB, "Bea Izin", Gender.F, LocalDate.of(1986, 4, 4), EmployeeType.PNS, "EXC-B", "III/a",
                "Analis", PositionKind.PELAKSANA, null, null, null, null));
        byte[] pdf = new byte[ExcuseService.MAX_EVIDENCE_BYTES];
        System.arraycopy("%PDF-1.7".getBytes(), 0, pdf, 0, 8);
        Arrays.fill(pdf, 8, pdf.length, (byte) 'x');
        excuses.record(new ExcuseService.NewExcuse(nipA, AbsenceKind.SAKIT, LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 3, 2), null,
                new ExcuseService.Evidence("surat sakit.pdf", pdf)));
        for (int i = 0; i < 3; i++) {
            excuses.record(new ExcuseService.NewExcuse(nipB, AbsenceKind.SAKIT, LocalDate.of(YEAR, 4, 1 + i), LocalDate.of(YEAR, 4, 1 + i),
                    null, new ExcuseService.Evidence("surat " + i + ".pdf", pdf)));
        }

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        try {
            stats.clear();
            TestUsers.runAs(Role.OPD_HEAD, "EXC-A", null);
            var list = excuses.list(YEAR, null);
            assertThat(list).extracting(ExcuseService.ExcuseView::nip).containsExactly(nipA);
            assertThat(list.get(0).evidenceName()).isEqualTo("surat sakit.pdf");
            assertThat(stats.getEntityStatistics(ExcuseEvidence.class.getName()).getLoadCount()).as("evidence files loaded").isZero();
            assertThat(stats.getEntityStatistics("id.merit.attendance.domain.excuses.Excuse").getLoadCount()).as("excuses loaded").isEqualTo(1);

            stats.clear();
            TestUsers.runAs(Role.OFFICER, null, null);
            assertThat(excuses.list(YEAR, null)).hasSize(4).allSatisfy(v -> assertThat(v.evidenceName()).startsWith("surat"));
            assertThat(stats.getEntityStatistics(ExcuseEvidence.class.getName()).getLoadCount()).as("evidence files loaded").isZero();
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }
}
