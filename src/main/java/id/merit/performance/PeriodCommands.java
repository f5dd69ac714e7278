package id.merit.performance;

import java.time.LocalDate;

/** Opening SKP periods from other modules (the demo seed); BKPSDM opens them on the Periode page. */
public interface PeriodCommands {

    /** Opens the ANNUAL period of {@code year} with {@code deadline}, unless it exists already; true when opened. */
    boolean openAnnualIfAbsent(int year, LocalDate deadline);
}
