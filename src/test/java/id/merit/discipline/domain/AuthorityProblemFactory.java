package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.rules.Authority;
import id.merit.discipline.rules.DecidingOfficial;

/** Builds the refusal the case service throws (its constructor is package-private). */
public final class AuthorityProblemFactory {

    private AuthorityProblemFactory() {
    }

    public static AuthorityProblem of(DecidingOfficial official, PunishmentKind kind, Authority authority) {
        return new AuthorityProblem(official, kind, authority);
    }
}
