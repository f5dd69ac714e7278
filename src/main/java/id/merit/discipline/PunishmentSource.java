package id.merit.discipline;

/** Where a punishment record comes from: a decision taken in Merit's case workflow, or the {@code punishments} import. */
public enum PunishmentSource { DECISION, IMPORT }
