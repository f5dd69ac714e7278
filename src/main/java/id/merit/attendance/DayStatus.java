package id.merit.attendance;

/** Status of one calendar day of an employee (heat map): present on time, present but late or leaving early, excused, unexcused, or not a working day. */
public enum DayStatus { PRESENT, LATE, EXCUSED, UNEXCUSED, NON_WORKING }
