package io.meterhub.dashboard;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;

/**
 * The cabinet as an installable web app: Vaadin writes the manifest ({@code manifest.webmanifest}, named in Russian, the
 * first language), the icons in every size from {@code META-INF/resources/icons/icon.png}, and a service worker that
 * shows {@code offline.html} (Russian, then English) when the device is offline. Pages need the server, so nothing
 * else is cached for offline use.
 */
@PWA(name = "Meterhub — личный кабинет", shortName = "Meterhub",
        description = "Личный кабинет: показания, счета и оплата, заявки на присоединение, обращения",
        iconPath = "icons/icon.png", offlinePath = "offline.html", offlineResources = {"icons/icon.png"},
        themeColor = "#1d4ed8", backgroundColor = "#f8fafc", display = "standalone", startPath = "")
public class AppShell implements AppShellConfigurator {
}
