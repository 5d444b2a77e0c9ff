package io.meterhub.cabinet.common;

import java.util.List;
import java.util.Map;

/** Whole numbers of the services' settings records read from the environment, each wrong one named in a list of problems. */
public final class EnvironmentNumbers {
    private EnvironmentNumbers() {
    }

    /** The variable's whole number, the fallback when it is not set; a wrong one adds a problem and gives the fallback. */
    public static int wholeNumber(Map<String, String> env, String name, int fallback, List<String> problems) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            problems.add(name + " must be a whole number, got \"" + text + "\"");
            return fallback;
        }
    }
}
