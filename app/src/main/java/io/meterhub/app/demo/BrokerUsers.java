package io.meterhub.app.demo;

import io.meterhub.ingest.mqtt.MqttLogin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The demo broker's users, as deploy/mosquitto's password file and ACL hold them in production: the
 * pipeline, which may read every uplink, and one user per controller, named by its controller id,
 * which may publish only to {@code meterhub/v1/<its id>/up}. Passwords are made anew for each run.
 */
public final class BrokerUsers {
    public static final String PIPELINE = "meterhub-stream";

    public enum Kind { PIPELINE, CONTROLLER }

    private record User(Kind kind, byte[] password) {
    }

    private final Map<String, User> users;

    private BrokerUsers(Map<String, User> users) {
        this.users = Map.copyOf(users);
    }

    /** The pipeline and these controllers, each with a random password. */
    public static BrokerUsers generate(Collection<String> controllerIds) {
        SecureRandom random = new SecureRandom();
        Map<String, User> users = new LinkedHashMap<>();
        users.put(PIPELINE, new User(Kind.PIPELINE, randomPassword(random)));
        for (String controllerId : controllerIds) {
            if (!controllerId.matches("[A-Za-z0-9_.-]{1,64}")) {
                throw new IllegalArgumentException("controller id \"" + controllerId + "\" cannot be a broker user: it must be one topic level");
            }
            users.put(controllerId, new User(Kind.CONTROLLER, randomPassword(random)));
        }
        return new BrokerUsers(users);
    }

    /** The role of whoever logs in with this user name and password, or empty when they are wrong. */
    Optional<Kind> authenticate(String user, byte[] password) {
        User known = user == null ? null : users.get(user);
        if (known == null || password == null || !MessageDigest.isEqual(known.password(), password)) {
            return Optional.empty();
        }
        return Optional.of(known.kind());
    }

    public MqttLogin login(String user) {
        User known = users.get(user);
        if (known == null) {
            throw new IllegalArgumentException("the demo broker has no user \"" + user + "\"");
        }
        return MqttLogin.of(user, new String(known.password(), StandardCharsets.UTF_8));
    }

    public MqttLogin pipelineLogin() {
        return login(PIPELINE);
    }

    private static byte[] randomPassword(SecureRandom random) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "BrokerUsers" + users.keySet();
    }
}
