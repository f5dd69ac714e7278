package id.merit.discipline.rules;

/**
 * Pejabat yang Berwenang Menghukum in a regency or city (regulations.md §4.3). PPK_KABUPATEN is the Pejabat Pembina
 * Kepegawaian, i.e. the regent (bupati) or mayor. The two JF officials are the designated substitutes of PP 94/2021
 * Pasal 22 ayat (2)–(3) and Pasal 23 ayat (2)–(3): a JF Ahli Madya where a unit has no Administrator, a JF Ahli Muda
 * where it has no Pengawas, each designated by PPK decree and holding only the 1-level-below power.
 */
public enum DecidingOfficial {
    PPK_KABUPATEN, JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, JF_AHLI_MADYA_FOR_ADMINISTRATOR, JF_AHLI_MUDA_FOR_PENGAWAS
}
