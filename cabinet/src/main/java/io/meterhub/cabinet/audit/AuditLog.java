package io.meterhub.cabinet.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.storage.cabinet.audit.AuditRepository;
import io.meterhub.storage.cabinet.users.UserRepository;

/**
 * Writes down every staff action: who, what, on which record, the record before and after (as JSON)
 * and the reason. Callers pass values without personal data in clear (mask them first).
 */
public final class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final AuditRepository entries;
    private final UserRepository users;

    public AuditLog(AuditRepository entries, UserRepository users) {
        this.entries = entries;
        this.users = users;
    }

    /**
     * @param before the record before the action, null when it creates the record
     * @param after  the record after it, null when it deletes the record
     */
    public void record(Viewer actor, String organizationId, String action, String recordKind, String recordId, Object before, Object after,
                       String reason) {
        String login = users.byId(actor.userId()).map(u -> u.login()).orElse("#" + actor.userId());
        entries.append(organizationId, actor.userId(), login, action, recordKind, recordId, json(before), json(after), reason);
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
