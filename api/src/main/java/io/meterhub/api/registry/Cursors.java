package io.meterhub.api.registry;

import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The opaque cursors of the registry's pages: the last item's key with a prefix naming the list, in URL-safe
 * Base64, so that a cursor of one list is refused by another and a page stays right while items are added.
 */
final class Cursors {
    private Cursors() {
    }

    static String of(String prefix, String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((prefix + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The key after which the page starts. */
    static String after(String prefix, String cursor) {
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

    /** The numeric id after which the page starts. */
    static long afterId(String prefix, String cursor) {
        try {
            return Long.parseLong(after(prefix, cursor));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return new ProblemException(Problems.invalid("the cursor is not one this API gave",
                List.of(FieldError.parameter("cursor", "pass the nextCursor of the previous page as it is"))));
    }
}
