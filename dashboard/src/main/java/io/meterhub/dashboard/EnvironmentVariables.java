package io.meterhub.dashboard;

import org.springframework.core.env.Environment;

import java.util.HashMap;
import java.util.Map;

/**
 * The named variables as Spring's {@link Environment} holds them (the process's variables, and a test's
 * properties), for the configuration records' {@code fromEnvironment(Map)}: one source, never {@code System.getenv()}.
 */
public final class EnvironmentVariables {
    private EnvironmentVariables() {
    }

    /** The variables among {@code names} that are set. */
    public static Map<String, String> read(Environment environment, String... names) {
        Map<String, String> variables = new HashMap<>();
        for (String name : names) {
            String value = environment.getProperty(name);
            if (value != null) {
                variables.put(name, value);
            }
        }
        return variables;
    }
}
