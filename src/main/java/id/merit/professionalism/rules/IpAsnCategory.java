package id.merit.professionalism.rules;

/** IP ASN category (regulations.md §2.3): from the highest band down. */
public enum IpAsnCategory { SANGAT_TINGGI, TINGGI, SEDANG, RENDAH, SANGAT_RENDAH }
