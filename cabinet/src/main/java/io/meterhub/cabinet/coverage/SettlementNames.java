package io.meterhub.cabinet.coverage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name a settlement is searched by: lower case, ё as е, dashes as one hyphen, punctuation and extra spaces dropped,
 * and the kind of settlement people and registries write before or after the name ("г.", "пос.", "с.", "пгт",
 * "Самара г") dropped, so "г. Самара", "САМАРА" and "Самара г" are one settlement.
 */
public final class SettlementNames {
    /** Abbreviations and words of a settlement's kind (after ё → е), as written in addresses and in FIAS. */
    private static final Set<String> KINDS = Set.of("г", "гор", "город", "п", "пос", "поселок", "пгт", "рп", "р п", "с", "село", "д", "дер",
            "деревня", "ст", "ст-ца", "станица", "х", "хут", "хутор", "сл", "слобода", "мкр", "снт", "аул", "кп", "нп");
    public static final int MAX_LENGTH = 200;

    private SettlementNames() {
    }

    /** The search name; empty when nothing but a kind (or nothing at all) was given. */
    public static String searchName(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                kept.appendCodePoint(c);
            } else if (c == '-' || Character.getType(c) == Character.DASH_PUNCTUATION) {
                kept.append('-');
            } else {
                kept.append(' ');
            }
        });
        List<String> words = new ArrayList<>(Arrays.asList(kept.toString().replaceAll("\\s*-\\s*", "-").trim().split("\\s+")));
        words.removeIf(String::isEmpty);
        // "р. п. Безенчук": a two-word kind first
        if (words.size() > 2 && KINDS.contains(words.get(0) + " " + words.get(1))) {
            words = new ArrayList<>(words.subList(2, words.size()));
        }
        while (words.size() > 1 && KINDS.contains(words.get(0))) {
            words.remove(0);
        }
        while (words.size() > 1 && KINDS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.size() == 1 && KINDS.contains(words.get(0))) {
            return "";
        }
        return String.join(" ", words);
    }
}
