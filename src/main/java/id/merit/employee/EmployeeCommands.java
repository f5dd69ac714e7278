package id.merit.employee;

/** Writes other modules (imports, demo data) may make; every write is audited. Codes must already be valid. */
public interface EmployeeCommands {

    Outcome upsert(EmployeeData data);

    Outcome upsertPosition(String nip, PositionRecord position);

    Outcome upsertEducation(String nip, EducationRecord education);

    Outcome upsertTraining(String nip, TrainingRecord training);

    Outcome upsertAward(String nip, AwardRecord award);
}
