package io.meterhub.cabinet.apikeys;

/**
 * A key just made: {@code secret} is the whole key the client sends, shown this once and never kept.
 */
public record CreatedKey(ApiKey key, String secret) {
    @Override
    public String toString() {
        return "CreatedKey[" + key.id() + "]";
    }
}
