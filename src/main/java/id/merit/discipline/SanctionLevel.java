package id.merit.discipline;

/** Level of a recommended punishment (PP 94/2021 Pasal 8 ayat (1), interchange.md §3 {@code level}); NONE when nothing is called for. */
public enum SanctionLevel { NONE, RINGAN, SEDANG, BERAT }
