package io.meterhub.cabinet.apikeys;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a key may do; the contract names these in each operation's security requirements. */
public enum Scope {
    REGISTRY_WRITE("registry:write"),
    TELEMETRY_WRITE("telemetry:write"),
    BILLING_WRITE("billing:write"),
    EXPORTS_READ("exports:read"),
    WEBHOOKS_MANAGE("webhooks:manage");

    private final String wire;

    Scope(String wire) {
        this.wire = wire;
    }

    /** As the contract and the command line write it: {@code registry:write}. */
    public String wire() {
        return wire;
    }

    public static Optional<Scope> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.wire.equals(wanted)).findFirst();
    }

    public static String all() {
        return Arrays.stream(values()).map(Scope::wire).collect(Collectors.joining(", "));
    }
}
