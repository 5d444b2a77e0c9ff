package io.meterhub.cabinet.notices;

import io.meterhub.cabinet.common.ValidationException;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Houses of one street: the whole street, or the houses from one number to another (both included), optionally only the
 * odd or the even side. A bound written plainly ("12") takes every building of its number ("12А", "12/1", "12к2"); a bound
 * with a letter or fraction ("12А") is that building, and the order within one number is plain, then by the suffix.
 *
 * @param from null with {@code to} for the whole street
 */
public record AddressRange(String streetText, Street street, HouseNumber from, HouseNumber to, Parity parity) {
    public static final String INVALID = "notices.address_invalid";
    private static final Pattern RANGE = Pattern.compile("(\\d[^\\s-]*(?:\\s*(?:к|корп|с|стр)\\.?\\s*\\d+)?)\\s*(?:-|\\.\\.)\\s*(\\d.*)");

    public AddressRange {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(parity, "parity");
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("a range has both bounds or none");
        }
    }

    /**
     * One line as staff type it: "ул. Молодогвардейская" (the whole street), "ул. Молодогвардейская, 151" (one house),
     * "ул. Молодогвардейская, 140-160" or "140..160" or "140–160", "пр. Кирова, 10А-24, чётные" ("нечётные", "odd", "even";
     * the side alone: "ул. Ленина, нечётные").
     *
     * @throws ValidationException naming the line when it is no street and houses
     */
    public static AddressRange parse(String line) {
        String text = PlainText.line(line);
        String[] parts = text.split(",");
        Optional<Street> street = Street.of(parts[0]);
        if (street.isEmpty() || parts.length > 3 || street.get().name().isEmpty() || AddressText.startsWithDigit(street.get().name())
                && !street.get().name().contains(" ")) {
            throw new ValidationException(INVALID, text);
        }
        HouseNumber from = null;
        HouseNumber to = null;
        Parity parity = Parity.ANY;
        for (int i = 1; i < parts.length; i++) {
            String part = AddressText.normalized(parts[i]).strip();
            Parity side = side(part);
            if (side != null) {
                parity = side;
                continue;
            }
            if (from != null || part.isEmpty()) {
                throw new ValidationException(INVALID, text);
            }
            Matcher range = RANGE.matcher(part);
            if (range.matches()) {
                from = house(range.group(1), text);
                to = house(range.group(2), text);
            } else {
                from = house(part, text);
                to = from;
            }
            if (from.compareTo(to) > 0 && !(to.plain() && to.number() == from.number())) {
                throw new ValidationException(INVALID, text);
            }
        }
        return new AddressRange(parts[0].strip(), street.get(), from, to, parity);
    }

    /** A range stored as its parts' texts. */
    public static AddressRange of(String streetText, String from, String to, Parity parity) {
        StringBuilder line = new StringBuilder(streetText);
        if (from != null) {
            line.append(", ").append(from).append(from.equals(to) ? "" : "-" + to);
        }
        AddressRange parsed = parse(line.toString());
        return new AddressRange(parsed.streetText, parsed.street, parsed.from, parsed.to, parity);
    }

    public boolean wholeStreet() {
        return from == null;
    }

    /** True when the account's address is on this street and among these houses; an address without a house only for the whole street. */
    public boolean covers(AccountAddress address) {
        if (!street.sameAs(address.street())) {
            return false;
        }
        if (address.house().isEmpty()) {
            return wholeStreet() && parity == Parity.ANY;
        }
        HouseNumber house = address.house().get();
        if (!parity.admits(house)) {
            return false;
        }
        return wholeStreet() || (above(house, from) && below(house, to));
    }

    private static boolean above(HouseNumber house, HouseNumber bound) {
        return bound.plain() ? house.number() >= bound.number() : house.compareTo(bound) >= 0;
    }

    private static boolean below(HouseNumber house, HouseNumber bound) {
        return bound.plain() ? house.number() <= bound.number() : house.compareTo(bound) <= 0;
    }

    /** The line as it reads back: "ул. Молодогвардейская, 140-160, чётные". */
    public String line() {
        StringBuilder line = new StringBuilder(streetText);
        if (from != null) {
            line.append(", ").append(from).append(from.equals(to) ? "" : "-" + to);
        }
        if (parity != Parity.ANY) {
            line.append(parity == Parity.ODD ? ", нечётные" : ", чётные");
        }
        return line.toString();
    }

    private static Parity side(String part) {
        if (part.matches("(нечетн\\S*|нечет|odd)( стороны?| сторона| дома)?")) {
            return Parity.ODD;
        }
        if (part.matches("(четн\\S*|чет|even)( стороны?| сторона| дома)?")) {
            return Parity.EVEN;
        }
        return null;
    }

    private static HouseNumber house(String text, String line) {
        return HouseNumber.of(text).orElseThrow(() -> new ValidationException(INVALID, line));
    }
}
