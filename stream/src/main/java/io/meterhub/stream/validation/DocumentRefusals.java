package io.meterhub.stream.validation;

import io.meterhub.protocols.text.SafeText;
import io.meterhub.storage.telemetry.QuarantinedItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The refused items of one document, folded by kind of failure: a document of 10,000 readings for
 * unknown meters becomes one quarantine row that names the first pointers and items and counts the
 * rest, not 10,000 rows. A kind is the reason with its quoted values and numbers set aside, so
 * "unknown meter "A"" and "unknown meter "B"" are one kind. A kind with a single item keeps its own
 * pointer, reason and item, as an integrator expects to find them.
 */
final class DocumentRefusals {
    static final int POINTERS_LISTED = 10;
    static final int ITEMS_KEPT = 5;
    private static final int ITEM_CHARS = 600;
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private int count;

    void add(String pointer, String reason, String item) {
        count++;
        kinds.computeIfAbsent(kindOf(reason), key -> new Kind(pointer, reason)).add(pointer, item);
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** One row per kind; the first carries the payload to store, the others refer to it by its hash. */
    List<QuarantinedItem> rows(String source, long receivedAt, String payloadSha256, String payloadText) {
        List<QuarantinedItem> rows = new ArrayList<>(kinds.size());
        for (Kind kind : kinds.values()) {
            rows.add(new QuarantinedItem(source, receivedAt, kind.firstPointer, kind.reason(), kind.item(), payloadText, payloadSha256,
                    rows.isEmpty() ? payloadText : null));
        }
        return rows;
    }

    /** One log line for the whole document: what and how many, never the items themselves. */
    String summary() {
        Kind first = kinds.values().iterator().next();
        String more = kinds.size() > 1 ? " (and " + (kinds.size() - 1) + " other kinds of failure)" : "";
        return count + (count == 1 ? " item" : " items") + ", first at " + SafeText.forLog(first.firstPointer.isEmpty() ? "(document)" : first.firstPointer)
                + ": " + SafeText.forLog(first.firstReason) + more;
    }

    static String kindOf(String reason) {
        return NUMBER.matcher(QUOTED.matcher(reason).replaceAll("\"\"")).replaceAll("#");
    }

    private static final class Kind {
        final String firstPointer;
        final String firstReason;
        final List<String> pointers = new ArrayList<>();
        final List<String> items = new ArrayList<>();
        int count;

        Kind(String firstPointer, String firstReason) {
            this.firstPointer = firstPointer;
            this.firstReason = firstReason;
        }

        void add(String pointer, String item) {
            count++;
            if (pointers.size() < POINTERS_LISTED) {
                pointers.add(pointer);
            }
            if (items.size() < ITEMS_KEPT) {
                items.add(SafeText.excerpt(item, ITEM_CHARS));
            }
        }

        String reason() {
            if (count == 1) {
                return firstReason;
            }
            String listed = String.join(", ", pointers) + (count > pointers.size() ? ", …" : "");
            String kept = count > items.size() ? "; the first " + items.size() + " items are kept" : "";
            return firstReason + "; and " + (count - 1) + " more items of this document for the same reason (" + listed + ")" + kept;
        }

        String item() {
            return count == 1 ? items.get(0) : "[" + String.join(",", items) + "]";
        }
    }
}
