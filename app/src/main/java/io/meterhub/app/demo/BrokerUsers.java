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
 * pipeline, which may read every uplink, the integration API, which may publish to every uplink topic
 * (telemetry sent over HTTP), and one user per controller, named by its controller id,
 * which may publish only to {@code meterhub/v1/<its id>/up}. Passwords of the simulated controllers
 * are made anew for each run; controllers registered in the control panel log in with the password
 * issued there, checked against the hash the registry keeps ({@link #withStored}).
 */
public final class BrokerUsers {
    public static final String PIPELINE = "meterhub-stream";
    /** The integration API, which publishes telemetry sent over HTTP to any controller's uplink topic. */
    public static final String API = "meterhub-api";
    private static final String TOPIC_LEVEL = "[A-Za-z0-9_.-]{1,64}";

    public enum Kind { PIPELINE, API, CONTROLLER }

    /** Controllers whose broker password the registry keeps as a hash, looked up at each login. */
    @FunctionalInterface
    public interface StoredControllers {
        boolean matches(String controllerId, byte[] password) throws Exception;
    }

    private record User(Kind kind, byte[] password) {
    }

    private final Map<String, User> users;
    private final StoredControllers stored;

    private BrokerUsers(Map<String, User> users, StoredControllers stored) {
        this.users = Map.copyOf(users);
        this.stored = stored;
    }

    /**
     * These users, and also any controller whose password the registry holds: a controller registered
     * in the panel logs in at once, and a rotated password stops working at the next connection.
     */
    public BrokerUsers withStored(StoredControllers registry) {
        return new BrokerUsers(users, registry);
    }

    /** The pipeline and these controllers, each with a random password. */
    public static BrokerUsers generate(Collection<String> controllerIds) {
        SecureRandom random = new SecureRandom();
        Map<String, User> users = new LinkedHashMap<>();
        users.put(PIPELINE, new User(Kind.PIPELINE, randomPassword(random)));
        users.put(API, new User(Kind.API, randomPassword(random)));
        for (String controllerId : controllerIds) {
            if (!controllerId.matches(TOPIC_LEVEL)) {
                throw new IllegalArgumentException("controller id \"" + controllerId + "\" cannot be a broker user: it must be one topic level");
            }
            users.put(controllerId, new User(Kind.CONTROLLER, randomPassword(random)));
        }
        return new BrokerUsers(users, null);
    }

    /** The role of whoever logs in with this user name and password of this run, or empty when they are wrong. */
    Optional<Kind> authenticate(String user, byte[] password) {
        User known = user == null ? null : users.get(user);
        if (known == null || password == null || !MessageDigest.isEqual(known.password(), password)) {
            return Optional.empty();
        }
        return Optional.of(known.kind());
    }

    /** Whether a login refused by {@link #authenticate} may still be a controller of the registry (never the pipeline). */
    boolean mayBeStored(String user) {
        return stored != null && user != null && !PIPELINE.equals(user) && !API.equals(user) && user.matches(TOPIC_LEVEL)
                && (!users.containsKey(user) || users.get(user).kind() == Kind.CONTROLLER);
    }

    /** Checks the password against the registry's hash; this reads the database, so the broker calls it off its own threads. */
    boolean authenticateStored(String user, byte[] password) throws Exception {
        return mayBeStored(user) && password != null && stored.matches(user, password);
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

    public MqttLogin apiLogin() {
        return login(API);
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
