package io.meterhub.dashboard.notifications;

import io.meterhub.dashboard.DashboardConfig;

import java.util.Map;

/**
 * The cabinet's address as users reach it, for links in notifications sent outside the cabinet
 * ({@code MH_CABINET_PUBLIC_URL}; the local dashboard when unset).
 */
public record NotificationSettings(String publicBaseUrl) {
    public static final String PUBLIC_URL_VARIABLE = "MH_CABINET_PUBLIC_URL";

    public static NotificationSettings fromEnvironment(Map<String, String> env) {
        String url = env.get(PUBLIC_URL_VARIABLE);
        return new NotificationSettings(url == null || url.isBlank() ? "http://localhost:" + DashboardConfig.DEFAULT_PORT + "/" : url.trim());
    }
}
