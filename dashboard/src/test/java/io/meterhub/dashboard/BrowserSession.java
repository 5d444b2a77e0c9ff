package io.meterhub.dashboard;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import io.meterhub.cabinet.twofactor.Totp;
import io.meterhub.dashboard.twofactor.SecondFactorView;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium}) driven by Playwright, for browser
 * journeys. Playwright's driver comes from the Maven artifact; no browser is ever downloaded.
 *
 * <pre>{@code
 * try (BrowserSession browser = BrowserSession.desktop(server.url())) {
 *     Page page = browser.open("login");
 *     ...
 *     browser.screenshot("login-overview");      // target/screenshots/login-overview.png
 * }
 * }</pre>
 */
public final class BrowserSession implements AutoCloseable {
    /**
     * The authenticator secrets of logins seeded with known ones (the demo's staff), registered by whoever starts the
     * cabinet under test ({@code DemoDashboard}, the app's {@code RunningDemo}): this class, shipped in the test jar,
     * stays clear of the demo module.
     */
    private static final Map<String, String> KNOWN_SECRETS = new java.util.concurrent.ConcurrentHashMap<>();

    public static void knowSecondFactors(Map<String, String> secretsByLogin) {
        KNOWN_SECRETS.putAll(secretsByLogin);
    }

    /** Override with {@code -Dmh.chromium=/path/to/chromium}. */
    public static final Path CHROMIUM = Paths.get(System.getProperty("mh.chromium", "/usr/bin/chromium"));
    public static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    /** The last TOTP step used per server and login, and the secrets this helper set up (see {@link #secondFactor}). */
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static final Map<String, String> ENROLLED = new ConcurrentHashMap<>();

    private final String baseUrl;
    private final Playwright playwright;
    private final Browser browser;
    private final BrowserContext context;
    private final Page page;

    private BrowserSession(String baseUrl, int width, int height, String locale) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " is missing: apt-get install -y chromium");
        }
        System.setProperty("playwright.skip.browser.download", "1");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
            context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, height)
                    .setLocale(locale));
            context.setDefaultTimeout(20_000);
            page = context.newPage();
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A desktop window (1280×800) with a Russian browser. */
    public static BrowserSession desktop(String baseUrl) {
        return new BrowserSession(baseUrl, 1280, 800, "ru-RU");
    }

    /** A window of this size with a Russian browser (1366×768 is the most common laptop screen). */
    public static BrowserSession sized(String baseUrl, int width, int height) {
        return new BrowserSession(baseUrl, width, height, "ru-RU");
    }

    /** A common laptop's screen (1366×768). */
    public static BrowserSession laptop(String baseUrl) {
        return new BrowserSession(baseUrl, 1366, 768, "ru-RU");
    }

    /** A phone's width (390×844). */
    public static BrowserSession phone(String baseUrl) {
        return new BrowserSession(baseUrl, 390, 844, "ru-RU");
    }

    public Page page() {
        return page;
    }

    public BrowserContext context() {
        return context;
    }

    /** Opens {@code path} (relative to the server's base address) in the session's page. */
    public Page open(String path) {
        page.navigate(baseUrl + (path.startsWith("/") ? path.substring(1) : path));
        return page;
    }

    /**
     * Logs in through the login form and waits until the browser has left the login page.
     * A wrong password leaves the browser on {@code login?error}; use {@link #submitLogin} for that.
     */
    public Page logIn(String login, String password) {
        submitLogin(login, password);
        page.waitForURL(url -> !url.contains("/login"));
        if (page.url().contains("/" + SecondFactorView.ROUTE)) {
            secondFactor(login);
        }
        return page;
    }

    /**
     * The second step of a staff login, as its owner does it with an authenticator app: the code of the demo's known
     * secret (or of the one this helper set up before), or, for staff without one, the enrolment with the secret the page
     * shows. A login with another factor (the email code) is left on the page for the test.
     */
    private void secondFactor(String login) {
        page.locator("#" + SecondFactorView.RESTART_ID).waitFor();
        String key = baseUrl + "|" + login;
        if (page.locator("#second-factor-secret").count() > 0) {
            String secret = page.locator("#second-factor-secret").innerText().replace(" ", "");
            ENROLLED.put(key, secret);
            page.locator("#second-factor-enrol-code input").fill(Totp.code(secret, Instant.now()));
            page.locator("#second-factor-confirm").click();
            page.locator("#" + SecondFactorView.CONTINUE_ID).click();
            LAST_STEP.put(key, Totp.step(Instant.now()));
        } else {
            String secret = ENROLLED.getOrDefault(key, KNOWN_SECRETS.get(login));
            if (secret == null) {
                return;
            }
            page.locator("#" + SecondFactorView.CODE_ID + " input").fill(code(key, secret));
            page.locator("#" + SecondFactorView.SUBMIT_ID).click();
        }
        try {
            page.waitForURL(url -> !url.contains("/" + SecondFactorView.ROUTE));
        } catch (com.microsoft.playwright.TimeoutError e) {
            screenshot("second-factor-refused-" + login);
            throw new IllegalStateException("the second factor of " + login + " was not accepted: "
                    + page.locator("#" + SecondFactorView.MESSAGE_ID).innerText(), e);
        }
    }

    /**
     * A code whose time step is later than the last this helper used for the login (a code passes once): the current
     * step's, else the next one's (accepted too), else it waits for the step to move on.
     */
    private static synchronized String code(String key, String secret) {
        long used = LAST_STEP.getOrDefault(key, Long.MIN_VALUE);
        long step = Math.max(Totp.step(Instant.now()), used + 1);
        while (step > Totp.step(Instant.now()) + Totp.WINDOW) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        LAST_STEP.put(key, step);
        return Totp.code(secret, Instant.ofEpochSecond(step * Totp.STEP_SECONDS));
    }

    /** Opens the login page, fills the form and submits it. */
    public Page submitLogin(String login, String password) {
        if (!page.url().contains("/login")) {
            open("login");
        }
        page.locator("#vaadinLoginUsername input").fill(login);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("#vaadinLoginPassword input").press("Enter");
        return page;
    }

    /** Saves the whole page as {@code target/screenshots/<name>.png} and returns the path. */
    public Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        try {
            context.close();
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
