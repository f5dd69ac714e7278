package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.rules.Authority;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.shared.BusinessProblem;

/** A decision refused by the authority table: who tried to impose what, and what that official may impose. */
public class AuthorityProblem extends BusinessProblem {
    private final transient Authority authority;
    private final DecidingOfficial official;
    private final PunishmentKind kind;

    AuthorityProblem(DecidingOfficial official, PunishmentKind kind, Authority authority) {
        super("official", "discipline.authority.refused." + authority.refusal().name(), official.name(), kind.name(), authority.basis());
        this.authority = authority;
        this.official = official;
        this.kind = kind;
    }

    public Authority authority() {
        return authority;
    }

    public DecidingOfficial official() {
        return official;
    }

    public PunishmentKind kind() {
        return kind;
    }
}
