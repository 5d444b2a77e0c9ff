package io.meterhub.cabinet.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A street as the matcher compares it: its name in one spelling ("молодогвардейская", "ново-садовая", "22 партсъезда") and
 * its type when written ("ул", "пр-т", "пер"...). Two streets are one when the names are equal and the types are equal or
 * one of them is not written: "Ленина" is "ул. Ленина", but "ул. Ленина" is not "пр. Ленина".
 *
 * @param type null when the text names no type
 */
public record Street(String type, String name) {
    public Street {
        Objects.requireNonNull(name, "name");
    }

    /** The street of a text staff typed: "ул. Молодогвардейская", "Молодогвардейская ул", "г. Самара, ул. Ленина". */
    public static Optional<Street> of(String text) {
        List<List<String>> parts = AddressText.parts(text);
        for (List<String> part : parts) {
            if (part.stream().anyMatch(w -> AddressText.streetType(w) != null)) {
                return Optional.of(read(part).street());
            }
        }
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (!AddressText.LOCALITY.contains(parts.get(i).get(0))) {
                Read read = read(parts.get(i));
                return read.street().name().isEmpty() ? Optional.empty() : Optional.of(read.street());
            }
        }
        return Optional.empty();
    }

    public boolean sameAs(Street other) {
        return name.equals(other.name) && (type == null || other.type == null || type.equals(other.type));
    }

    /** The words of one part read as a street: the type word taken out, the name up to a house number that follows it. */
    static Read read(List<String> words) {
        String type = null;
        List<String> name = new ArrayList<>();
        int i = 0;
        for (; i < words.size(); i++) {
            String word = words.get(i);
            String asType = AddressText.streetType(word);
            if (asType != null && type == null) {
                type = asType;
            } else if (AddressText.HOUSE_MARKERS.contains(word) || AddressText.PREMISES.contains(word)
                    || (!name.isEmpty() && AddressText.startsWithDigit(word))) {
                break;
            } else {
                name.add(word);
            }
        }
        return new Read(new Street(type, String.join(" ", name)), words.subList(i, words.size()));
    }

    record Read(Street street, List<String> rest) {
    }

    @Override
    public String toString() {
        return type == null ? name : type + ". " + name;
    }
}
