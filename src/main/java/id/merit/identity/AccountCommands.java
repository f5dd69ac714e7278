package id.merit.identity;

/** Account creation other modules may trigger without a logged-in administrator (start-up, demo data). */
public interface AccountCommands {

    /** Creates an account; {@code demo} accounts carry the published demo password and block production start-up. */
    UserView createSystemAccount(NewUser user, boolean demo);
}
