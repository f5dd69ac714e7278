package id.merit.selection.rules;

/** The administration posts (jabatan administrasi manajerial) of PP 11/2017 Pasal 54 with their own checks. */
public enum ManagerialPost {
    ADMINISTRATOR, PENGAWAS
}
