package id.merit.selection.rules;

import java.time.LocalDate;

/**
 * The merit-system supervisor whose recommendation precedes the announcement (regulations.md §6.3 row 1): PP 11/2017
 * Ps 114(4) names KASN; UU 20/2023 Ps 70(3) kept KASN only until its implementing rules, and Perpres 91/2024 and 92/2024
 * moved its functions to KemenPANRB and BKN. The names and the last day of the legacy body are settings
 * ({@code merit.selection.oversight.*}); the name proposed for a recommendation follows its date.
 */
public record OversightBody(String legacyName, LocalDate legacyUntil, String currentName) {

    public String nameOn(LocalDate date) {
        return date != null && !date.isAfter(legacyUntil) ? legacyName : currentName;
    }
}
