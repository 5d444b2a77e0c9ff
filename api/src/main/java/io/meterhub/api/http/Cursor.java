package io.meterhub.api.http;

import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The {@code nextCursor} of a paged list: where the page ended, opaque to clients (base64url of a prefix naming the
 * list and the last key), so that a list may change how it pages without breaking them.
 */
public final class Cursor {
    private Cursor() {
    }

    public static String after(String prefix, String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((prefix + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The last key of the previous page; a cursor this list did not give is the client's problem, named by parameter. */
    public static String lastKey(String prefix, String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(prefix)) {
                return decoded.substring(prefix.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw invalid();
    }

    public static ProblemException invalid() {
        return new ProblemException(Problems.invalid("the cursor is not one this API gave",
                List.of(FieldError.parameter("cursor", "pass the nextCursor of the previous page as it is"))));
    }
}
