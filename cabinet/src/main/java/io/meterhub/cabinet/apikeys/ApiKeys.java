package io.meterhub.cabinet.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes, revokes and checks API keys. A key is {@code mhk_<id>_<secret>}: the id (60 random bits) names
 * it in lists and logs, the secret is 256 random bits. Only the SHA-256 of the whole key is stored: a
 * secret of that entropy cannot be found from its hash, so a slow password hash would add nothing but
 * its cost to every request.
 */
public final class ApiKeys {
    private static final Pattern FORMAT = Pattern.compile("mhk_([a-z2-7]{12})_([A-Za-z0-9_-]{43})");
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private final ApiKeyRepository keys;
    private final Predicate<String> organizationExists;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);
    /** When this process last recorded each key's use. */
    private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    /** @param organizationExists whether an organization of this id is registered */
    public ApiKeys(ApiKeyRepository keys, Predicate<String> organizationExists, Clock clock) {
        this.keys = keys;
        this.organizationExists = organizationExists;
        this.clock = clock;
    }

    /**
     * Makes a key of the organization with these scopes; its secret is in the answer only.
     *
     * @param createdBy who makes it, as the list of keys shows it: an administrator's login, or the tool ({@code cli})
     */
    public CreatedKey create(String organizationId, String name, Set<Scope> scopes, String createdBy) {
        return create(organizationId, name, scopes, createdBy, false);
    }

    /** As {@link #create(String, String, Set, String)}, acting for the organization's sub-organizations as well when {@code includeSubOrganizations}. */
    public CreatedKey create(String organizationId, String name, Set<Scope> scopes, String createdBy, boolean includeSubOrganizations) {
        if (organizationId == null || !organizationExists.test(organizationId)) {
            throw new IllegalArgumentException("no organization \"" + organizationId + "\"");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a key needs at least one scope of: " + Scope.all());
        }
        String id = randomId();
        byte[] secretBytes = new byte[32];
        random.nextBytes(secretBytes);
        String secret = "mhk_" + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String label = name == null || name.isBlank() ? "key " + id : name.strip();
        keys.insert(new ApiKeyRow(id, organizationId, label, sha256(secret), wire(scopes), now, null, null, createdBy, includeSubOrganizations));
        return new CreatedKey(new ApiKey(id, organizationId, label, scopes, now, null, null, createdBy, includeSubOrganizations), secret);
    }

    /** Revokes a key by its id (or by the whole key); false when there is none, or it was revoked already. */
    public boolean revoke(String idOrKey) {
        return keys.revoke(idOf(idOrKey), clock.instant());
    }

    /** The key of this id (or this whole key), revoked or not. */
    public Optional<ApiKey> find(String idOrKey) {
        return keys.byId(idOf(idOrKey)).map(ApiKeys::key);
    }

    private static String idOf(String idOrKey) {
        Matcher whole = FORMAT.matcher(idOrKey == null ? "" : idOrKey.strip());
        return whole.matches() ? whole.group(1) : String.valueOf(idOrKey).strip();
    }

    /**
     * The organizations the key acts for: its own first, then, when it is granted them, those below it.
     * Read at each request, so a sub-organization added or moved counts at once.
     */
    public List<String> organizationsOf(ApiKey key) {
        return keys.organizationsOf(key.organizationId(), key.includeSubOrganizations());
    }

    public List<ApiKey> ofOrganization(String organizationId) {
        return keys.ofOrganization(organizationId).stream().map(ApiKeys::key).toList();
    }

    /**
     * The key this text is, if it is one that is not revoked; records its use. Reads the database, so
     * the HTTP server calls it off its event loop.
     */
    public Optional<ApiKey> authenticate(String presented) {
        Matcher format = FORMAT.matcher(presented == null ? "" : presented);
        if (!format.matches()) {
            return Optional.empty();
        }
        Optional<ApiKeyRow> row = keys.byId(format.group(1));
        if (row.isEmpty() || row.get().revokedAt() != null || !MessageDigest.isEqual(row.get().keySha256(), sha256(presented))) {
            return Optional.empty();
        }
        recordUse(row.get().id());
        return row.map(ApiKeys::key);
    }

    /**
     * The time of last use is kept to the minute: a key used again within a minute of the use this
     * process recorded costs no write (it was one of the five statements of a telemetry request). Another process may record it again; the repository keeps the later time.
     */
    private void recordUse(String id) {
        Instant now = clock.instant();
        Instant recorded = lastRecorded.get(id);
        if (recorded != null && recorded.isAfter(now.minus(USE_RESOLUTION))) {
            return;
        }
        lastRecorded.put(id, now);
        keys.recordUse(id, now);
    }

    private String randomId() {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(BASE32[random.nextInt(BASE32.length)]);
        }
        return id.toString();
    }

    private static List<String> wire(Set<Scope> scopes) {
        return EnumSet.copyOf(scopes).stream().map(Scope::wire).toList();
    }

    private static ApiKey key(ApiKeyRow row) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        // a scope this version does not know (written by a newer one) grants nothing here
        row.scopes().forEach(s -> Scope.parse(s).ifPresent(scopes::add));
        return new ApiKey(row.id(), row.organizationId(), row.name(), scopes, row.createdAt(), row.revokedAt(), row.lastUsedAt(),
                row.createdBy(), row.includeSubOrganizations());
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Scopes from the command line's {@code a,b}; an unknown one is an error naming the known ones. */
    public static Set<Scope> parseScopes(String list) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String part : (list == null ? "" : list).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            scopes.add(Scope.parse(part).orElseThrow(() -> new IllegalArgumentException("unknown scope \"" + part.strip()
                    + "\"; the scopes are: " + Scope.all())));
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("name at least one scope of: " + Scope.all());
        }
        return scopes;
    }

}
