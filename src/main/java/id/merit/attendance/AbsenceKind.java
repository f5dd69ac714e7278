package id.merit.attendance;

/**
 * Kinds of excused absence (interchange.md §2 {@code absences}): leave, sick, official travel, permission,
 * study assignment, work from anywhere (PP 94/2021 Penjelasan Pasal 4 huruf f). All excuse the working days
 * they cover.
 */
public enum AbsenceKind { CUTI, SAKIT, DINAS_LUAR, IZIN, TUGAS_BELAJAR, WFA }
