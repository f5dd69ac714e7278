package id.merit.employee;

/** Writes other modules (imports, demo data) may make; every write is audited. Codes must already be valid. */
public interface EmployeeCommands {

    Outcome upsert(EmployeeData data);

    /**
     * The employees import, set-based (COPY into a stage, one upsert): like {@link #upsert} for every row, with the same
     * audit records (batched) and one {@link EmployeeMoved#many()} when anybody was created or moved. NIPs must be
     * distinct and codes valid. Says per row whether it created or changed an employee (false: unchanged).
     */
    boolean[] upsertAll(java.util.List<EmployeeData> rows);

    Outcome upsertPosition(String nip, PositionRecord position);

    Outcome upsertEducation(String nip, EducationRecord education);

    Outcome upsertTraining(String nip, TrainingRecord training);

    Outcome upsertAward(String nip, AwardRecord award);

    /**
     * Inserts many new employees with their histories in set-based batches (no per-row audit; one IMPORT audit
     * event names the batch). NIPs must be new; OPD codes must exist. Returns the number of employees stored.
     */
    int bulkLoad(java.util.List<EmployeeBundle> bundles, String label);
}
