package io.meterhub.cabinet.notices;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A house number as addresses write it: the number, and what tells buildings of one number apart (a letter "12а", a fraction
 * "12/1", a block "к2", a building "с1"), in one spelling: "12А", "12 а" and "12-а" are one house.
 *
 * @param suffix "" for a plain number
 */
public record HouseNumber(int number, String suffix) implements Comparable<HouseNumber> {
    private static final Comparator<HouseNumber> ORDER = Comparator.comparingInt(HouseNumber::number).thenComparing(HouseNumber::suffix);

    /** "12", "12А", "12 а", "12/1", "12к2", "12 корп. 2": empty when the text is no house number. */
    public static Optional<HouseNumber> of(String text) {
        java.util.List<String> words = AddressText.words(AddressText.normalized(text));
        return Optional.ofNullable(AddressText.house(words));
    }

    static HouseNumber parse(String text) {
        // "151-42" is house 151, flat 42
        String joined = text.replaceFirst("^(\\d+[а-яa-z]?)-\\d+$", "$1");
        Matcher m = AddressText.houseMatcher(joined);
        if (!m.matches()) {
            // a house number with more after it than we know ("12бис"): its number alone, the rest as its suffix
            Matcher digits = java.util.regex.Pattern.compile("(\\d{1,5})(.*)").matcher(joined);
            return digits.matches() ? new HouseNumber(Integer.parseInt(digits.group(1)), digits.group(2)) : null;
        }
        StringBuilder suffix = new StringBuilder(m.group(2));
        if (m.group(3) != null) {
            suffix.append('/').append(m.group(3));
        }
        if (m.group(4) != null) {
            suffix.append(m.group(4).startsWith("к") ? "к" : "с").append(m.group(5));
        }
        return new HouseNumber(Integer.parseInt(m.group(1)), suffix.toString());
    }

    public boolean odd() {
        return number % 2 == 1;
    }

    public boolean plain() {
        return suffix.isEmpty();
    }

    @Override
    public int compareTo(HouseNumber other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return number + suffix.toUpperCase(java.util.Locale.ROOT).replace("К", "к").replace("С", "с");
    }
}
