package id.merit.employee;

/** interchange.md employee_type codes. */
public enum EmployeeType {
    PNS, CPNS, PPPK, PPPK_PARUH_WAKTU, NON_ASN_PHT, NON_ASN_PHL;

    /** PNS and CPNS carry the 18-digit NIP and a rank (golongan). */
    public boolean isCivilServant() {
        return this == PNS || this == CPNS;
    }

    public boolean isAsn() {
        return this != NON_ASN_PHT && this != NON_ASN_PHL;
    }
}
