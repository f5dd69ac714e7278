package id.merit.professionalism.rules;

/** The four dimensions of IP ASN (Perban BKN 8/2019 Ps 6–10): kualifikasi, kompetensi, kinerja, disiplin. */
public enum IpAsnDimension { QUALIFICATION, COMPETENCY, PERFORMANCE, DISCIPLINE }
