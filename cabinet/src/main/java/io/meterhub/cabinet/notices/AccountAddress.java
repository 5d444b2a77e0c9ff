package io.meterhub.cabinet.notices;

import java.util.List;
import java.util.Optional;

/**
 * An account's address (one text column) read for matching: its street and house. The settlement, the flat and anything
 * after are ignored: an organization's accounts are matched within it. Forms read:
 * <ul>
 *   <li>"г. Самара, ул. Молодогвардейская, д. 151, кв. 42", "Самара, Молодогвардейская ул., 151-42" (flat after a dash ignored)</li>
 *   <li>"ул.Ленина,д.12А", "ул. Ленина 12а кв 5", "Ленина ул, дом 12 а", "пр-т Кирова, 24, пом. 2"</li>
 *   <li>"ул. Ленина, 12/1", "ул. Ленина, д. 12 корп. 2", "ул. Ленина, 12к2", "ул. Ленина, д. 12 стр. 1", "ул. Ленина, д. 12 лит. Б"</li>
 *   <li>"443001, Самарская обл., г. Самара, ул. Ленина, 12" (index and region skipped), "Самара, Ленина, 12" (no type: the part before the house)</li>
 * </ul>
 *
 * @param house empty when the address names none (a plot, a garage cooperative)
 */
public record AccountAddress(Street street, Optional<HouseNumber> house) {
    public static Optional<AccountAddress> parse(String text) {
        List<List<String>> parts = AddressText.parts(text);
        for (int i = 0; i < parts.size(); i++) {
            List<String> part = parts.get(i);
            if (part.stream().anyMatch(w -> AddressText.streetType(w) != null) && !AddressText.LOCALITY.contains(part.get(0))) {
                Street.Read read = Street.read(part);
                if (read.street().name().isEmpty()) {
                    continue;
                }
                return Optional.of(new AccountAddress(read.street(), houseFrom(read.rest(), parts, i + 1)));
            }
        }
        // no street type: the street is the named part just before the first house number
        for (int i = 0; i < parts.size(); i++) {
            List<String> part = parts.get(i);
            if (AddressText.LOCALITY.contains(part.get(0)) || part.get(0).matches("\\d{6}")) {
                continue;
            }
            Street.Read read = Street.read(part);
            if (read.street().name().isEmpty() || AddressText.startsWithDigit(read.street().name())) {
                continue;
            }
            Optional<HouseNumber> house = houseFrom(read.rest(), parts, i + 1);
            if (house.isPresent()) {
                return Optional.of(new AccountAddress(read.street(), house));
            }
        }
        return Optional.empty();
    }

    /** The house right after the street: in its own part, or in the next part. */
    private static Optional<HouseNumber> houseFrom(List<String> rest, List<List<String>> parts, int next) {
        HouseNumber inline = AddressText.house(rest);
        if (inline != null) {
            return Optional.of(inline);
        }
        if (next < parts.size()) {
            List<String> words = parts.get(next);
            // "151-42": the house, a dash, the flat
            if (words.size() == 1 && words.get(0).matches("\\d+[а-яa-z]?-\\d+")) {
                return Optional.ofNullable(HouseNumber.parse(words.get(0).substring(0, words.get(0).indexOf('-'))));
            }
            return Optional.ofNullable(AddressText.house(words));
        }
        return Optional.empty();
    }
}
