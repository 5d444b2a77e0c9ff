package io.meterhub.stream.anomaly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A JSON object built by hand, key by key in the order given: the evidence of an anomaly. Numbers
 * are rounded to four decimals and written plainly; times are ISO-8601 instants in UTC.
 */
public final class Evidence {
    private final StringBuilder json = new StringBuilder("{");

    public static Evidence of() {
        return new Evidence();
    }

    public Evidence number(String key, double value) {
        key(key);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            json.append("null");
        } else {
            json.append(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
        return this;
    }

    public Evidence number(String key, long value) {
        key(key);
        json.append(value);
        return this;
    }

    public Evidence text(String key, String value) {
        key(key);
        if (value == null) {
            json.append("null");
        } else {
            quote(value);
        }
        return this;
    }

    public Evidence time(String key, long epochMillis) {
        return text(key, Instant.ofEpochMilli(epochMillis).toString());
    }

    /** A value that is JSON text already (an event's details); anything but an object or array goes in as a string. */
    public Evidence json(String key, String jsonText) {
        String trimmed = jsonText == null ? "" : jsonText.strip();
        if (trimmed.startsWith("{") && trimmed.endsWith("}") || trimmed.startsWith("[") && trimmed.endsWith("]")) {
            key(key);
            json.append(trimmed);
            return this;
        }
        return text(key, jsonText);
    }

    public String toJson() {
        return json + "}";
    }

    @Override
    public String toString() {
        return toJson();
    }

    private void key(String key) {
        if (json.length() > 1) {
            json.append(',');
        }
        quote(key);
        json.append(':');
    }

    private void quote(String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
