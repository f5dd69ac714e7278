package id.merit.trackrecord.rules;

/** Where a team (or an investigation) stands against its deadline ({@link DeadlineProgress}). */
public enum Progress { DONE, OPEN, OVERDUE }
