package id.merit.identity.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends an account's open sessions (all browsers, at once) when it is disabled, its password reset or its role
 * changed: Spring Session's indexed repository finds them by principal name. The repository's statements join the
 * caller's transaction (Spring Session's default is REQUIRES_NEW, a second pooled connection inside a request that
 * already holds one — the pool-deadlock trap of conventions.md), so the sessions end exactly when the change commits.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Deletes every session of {@code username}; returns how many were open. */
    int endAll(String username) {
        var open = sessions.findByPrincipalName(username).keySet();
        open.forEach(sessions::deleteById);
        return open.size();
    }

    /** Deletes every session of {@code username} but {@code keep} (the one changing the password); returns how many. */
    int endOthers(String username, String keep) {
        var open = sessions.findByPrincipalName(username).keySet().stream().filter(id -> !id.equals(keep)).toList();
        open.forEach(sessions::deleteById);
        return open.size();
    }

    /**
     * Spring Session's statements in a REQUIRED transaction: alone when nothing is open (the session filter), joined
     * otherwise. It is the plain TransactionTemplate Boot would otherwise define, so other injections see no change.
     */
    @Bean(name = "springSessionTransactionOperations")
    static TransactionTemplate springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager); // PROPAGATION_REQUIRED is TransactionTemplate's default
    }
}
