package io.meterhub.cabinet.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.users.UserRepository;

/**
 * Writes down every staff action: who, what, on which record, the record before and after (as JSON)
 * and the reason. Callers pass values without personal data in clear (mask them first).
 */
public final class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final AuditRepository entries;
    private final UserRepository users;
    private final Transactions transactions;

    public AuditLog(AuditRepository entries, UserRepository users, Transactions transactions) {
        this.entries = entries;
        this.users = users;
        this.transactions = transactions;
    }

    /**
     * Runs a staff action with its {@link #record} calls in one transaction: the repositories' writes join it,
     * so a change is never stored without its entry, nor an entry without its change.
     */
    public <T> T atomically(java.util.function.Supplier<T> action) {
        return transactions.inTransaction(tx -> action.get());
    }

    public void atomically(Runnable action) {
        transactions.run(tx -> action.run());
    }

    /**
     * @param before the record before the action, null when it creates the record
     * @param after  the record after it, null when it deletes the record
     */
    public void record(Viewer actor, String organizationId, String action, String recordKind, String recordId, Object before, Object after,
                       String reason) {
        entries.append(organizationId, actor.userId(), login(actor), action, recordKind, recordId, json(before), json(after), reason);
    }

    /** How the log names a person: their login, or their id when the login is gone. */
    public String login(Viewer actor) {
        return users.byId(actor.userId()).map(u -> u.login()).orElse("#" + actor.userId());
    }

    /**
     * An action of a system rather than a person (an integration's API key): no user id, the actor named
     * as the key is ({@code api-key:<id>}).
     */
    public void recordBySystem(String actorLogin, String organizationId, String action, String recordKind, String recordId, Object before,
                               Object after, String reason) {
        entries.append(organizationId, null, actorLogin, action, recordKind, recordId, json(before), json(after), reason);
    }

    static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an audit record must be serializable: " + value.getClass().getName(), e);
        }
    }
}
