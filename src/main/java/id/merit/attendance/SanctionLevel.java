package id.merit.attendance;

/** Level of a disciplinary punishment (PP 94/2021 Pasal 8 ayat (1)); NONE when nothing is called for. */
public enum SanctionLevel { NONE, RINGAN, SEDANG, BERAT }
