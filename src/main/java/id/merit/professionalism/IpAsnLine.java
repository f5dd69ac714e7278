package id.merit.professionalism;

import java.math.BigDecimal;

/**
 * One year of an employee's IP ASN for other modules (the selection dossier): the total (2 decimals) and its category
 * code of interchange.md ({@code SANGAT_TINGGI} … {@code SANGAT_RENDAH}; message key {@code professionalism.category.<code>}).
 */
public record IpAsnLine(int year, BigDecimal total, String category) {
}
