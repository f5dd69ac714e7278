package id.merit.employee;

import java.time.LocalDate;

public record AwardRecord(String name, String issuer, LocalDate awardedOn) {
}
