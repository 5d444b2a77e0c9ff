package io.meterhub.api.docs;

import io.meterhub.api.http.Answer;
import io.meterhub.api.http.Replies;
import io.vertx.ext.web.Router;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The contract rendered for people at {@value #PATH}, public like the file it renders. The page and
 * Redoc's bundle (see {@code api/scripts/refresh-redoc.sh}, {@code docs/redoc.VERSION}) come from the
 * jar, and the page's Content-Security-Policy lets the browser load nothing from elsewhere: no CDN,
 * no fonts, no telemetry, even if a later Redoc would try.
 */
public final class ContractPage {
    public static final String PATH = "/api/v1/docs";
    public static final String SCRIPT_PATH = PATH + "/redoc.standalone.js";
    /** Redoc styles with inline styles and builds its search worker from a blob. */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private final byte[] page;
    private final byte[] script;

    private ContractPage(byte[] page, byte[] script) {
        this.page = page;
        this.script = script;
    }

    public static ContractPage load() {
        return new ContractPage(resource("/docs/index.html"), resource("/docs/redoc.standalone.js"));
    }

    /** Adds the page and the renderer's script to the router, beside the operations. */
    public void mount(Router router) {
        Map<String, String> pageHeaders = Map.of("Content-Security-Policy", POLICY, "Cache-Control", "no-cache");
        router.get(PATH).handler(ctx -> Replies.send(ctx, new Answer(200, "text/html; charset=utf-8", page, pageHeaders)));
        // the bundle changes only with the jar: an hour in the browser's cache spares 2 MB a visit
        Map<String, String> scriptHeaders = Map.of("Cache-Control", "public, max-age=3600", "X-Content-Type-Options", "nosniff");
        router.get(SCRIPT_PATH).handler(ctx -> Replies.send(ctx, new Answer(200, "text/javascript; charset=utf-8", script, scriptHeaders)));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ContractPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
