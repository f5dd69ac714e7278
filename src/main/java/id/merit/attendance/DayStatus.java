package id.merit.attendance;

/**
 * Status of one calendar day of an employee (heat map): present on time, present but late or leaving early, excused,
 * unexcused, no data (a working day no attendance data cover: rules-defaults.md "No data is not absence"), or not a
 * working day.
 */
public enum DayStatus { PRESENT, LATE, EXCUSED, UNEXCUSED, NO_DATA, NON_WORKING }
