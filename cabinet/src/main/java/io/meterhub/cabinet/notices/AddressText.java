package io.meterhub.cabinet.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a Russian postal address as the matcher reads them: lower case, "ё" as "е", the comma-separated parts split
 * into words ("ул.Ленина" is "ул" "ленина"), street type words in one spelling, house numbers in one spelling.
 */
final class AddressText {
    /** Street type words, each to its one spelling; a street named without one matches any type. */
    static final Map<String, String> STREET_TYPES = Map.ofEntries(
            Map.entry("ул", "ул"), Map.entry("улица", "ул"),
            Map.entry("пр", "пр-т"), Map.entry("пр-т", "пр-т"), Map.entry("пр-кт", "пр-т"), Map.entry("просп", "пр-т"),
            Map.entry("проспект", "пр-т"),
            Map.entry("пер", "пер"), Map.entry("переулок", "пер"),
            Map.entry("б-р", "б-р"), Map.entry("бул", "б-р"), Map.entry("бульвар", "б-р"),
            Map.entry("ш", "ш"), Map.entry("шоссе", "ш"),
            Map.entry("пл", "пл"), Map.entry("площадь", "пл"),
            Map.entry("проезд", "проезд"), Map.entry("пр-д", "проезд"),
            Map.entry("наб", "наб"), Map.entry("набережная", "наб"),
            Map.entry("туп", "туп"), Map.entry("тупик", "туп"),
            Map.entry("аллея", "аллея"), Map.entry("мкр", "мкр"), Map.entry("микрорайон", "мкр"), Map.entry("кв-л", "кв-л"),
            Map.entry("квартал", "кв-л"));
    /** Words that open a part naming no street: the settlement, the region, the flat or office. */
    static final Set<String> LOCALITY = Set.of("г", "город", "гор", "с", "село", "п", "пос", "поселок", "пгт", "д/п", "обл", "область",
            "р-н", "район", "россия", "рф", "респ", "республика", "край");
    static final Set<String> HOUSE_MARKERS = Set.of("д", "дом", "домовладение", "вл");
    static final Set<String> PREMISES = Set.of("кв", "квартира", "пом", "помещение", "офис", "оф", "комн", "комната", "ком");
    private static final Set<String> HONORIFIC = Set.of("им", "имени");
    private static final Pattern HOUSE = Pattern.compile("(\\d{1,5})([а-яa-z]?)(?:/(\\d{1,4}[а-яa-z]?))?(?:(к|корп|с|стр)(\\d{1,3}))?");

    private AddressText() {
    }

    /** Lower case, "ё" as "е", any control or odd space as a space; never null. */
    static String normalized(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) || Character.isSpaceChar(c) ? ' ' : c));
        return clean.toString().toLowerCase(Locale.ROOT).replace('ё', 'е').replace('–', '-').replace('—', '-').replace('\\', '/');
    }

    /** The comma- (or semicolon-) separated parts, each as its words without dots; empty parts dropped. */
    static List<List<String>> parts(String text) {
        List<List<String>> parts = new ArrayList<>();
        for (String part : normalized(text).split("[,;]")) {
            List<String> words = words(part);
            if (!words.isEmpty()) {
                parts.add(words);
            }
        }
        return parts;
    }

    static List<String> words(String part) {
        // "ул.Ленина", "д.12": a dot ends a word; "ново - садовая" is one name; "12 - а" and "12-а" are "12а"
        String spaced = part.replace(".", ". ").replaceAll("\\s*-\\s*", "-").replaceAll("(?<=\\d)-(?=[а-яa-z](\\b|$))", "")
                .replaceAll("\\s*/\\s*", "/");
        List<String> words = new ArrayList<>();
        for (String word : spaced.trim().split("\\s+")) {
            String bare = word.replaceAll("^[\"«»'()]+|[\"«»'().:]+$", "");
            if (!bare.isEmpty() && !HONORIFIC.contains(bare)) {
                words.add(bare);
            }
        }
        return words;
    }

    static String streetType(String word) {
        return STREET_TYPES.get(word);
    }

    static boolean startsWithDigit(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    /**
     * A house number at the start of {@code words} (after "д."/"дом"): "12", "12а", "12 а", "12/1", "12 к 2", "12 корп. 2",
     * "12 стр 1", "12к2"; null when the words do not start with one.
     */
    static HouseNumber house(List<String> words) {
        int i = 0;
        if (i < words.size() && HOUSE_MARKERS.contains(words.get(i))) {
            i++;
        }
        if (i >= words.size() || !startsWithDigit(words.get(i))) {
            return null;
        }
        StringBuilder joined = new StringBuilder(words.get(i++));
        while (i < words.size()) {
            String next = words.get(i);
            if (next.length() == 1 && Character.isLetter(next.charAt(0)) && !next.equals("к") && !next.equals("с")) {
                joined.append(next);
                i++;
            } else if (Set.of("к", "корп", "корпус", "с", "стр", "строение").contains(next) && i + 1 < words.size()
                    && startsWithDigit(words.get(i + 1))) {
                joined.append(next.startsWith("к") ? "к" : "с").append(words.get(i + 1));
                i += 2;
            } else if (Set.of("лит", "литер", "литера").contains(next) && i + 1 < words.size() && words.get(i + 1).length() == 1) {
                joined.append(words.get(i + 1));
                i += 2;
            } else {
                break;
            }
        }
        return HouseNumber.parse(joined.toString());
    }

    static Matcher houseMatcher(String text) {
        return HOUSE.matcher(text.replace("корпус", "к").replace("корп", "к").replace("строение", "с").replace("стр", "с"));
    }
}
