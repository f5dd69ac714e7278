package id.merit.employee;

/**
 * Why an employee's employment ended (UU 20/2023 Ps 52, PP 11/2017 Ps 238–250): retirement, death, resignation at own
 * request, honourable or dishonourable discharge, transfer out of the regency's service.
 */
public enum LeaveReason {
    PENSIUN, MENINGGAL, ATAS_PERMINTAAN_SENDIRI, DIBERHENTIKAN_DENGAN_HORMAT, DIBERHENTIKAN_TIDAK_DENGAN_HORMAT,
    PINDAH_KE_LUAR_INSTANSI
}
