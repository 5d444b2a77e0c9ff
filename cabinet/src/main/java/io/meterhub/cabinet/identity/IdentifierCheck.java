package io.meterhub.cabinet.identity;

import java.util.Optional;

/**
 * Length and check digits of SNILS, INN, OGRN and OGRNIP, by the published algorithms. A number that
 * passes may still not exist; one that fails surely was mistyped.
 */
public final class IdentifierCheck {
    public static final String BUNDLE = io.meterhub.cabinet.common.Messages.CONNECTION_BLOCKS_BUNDLE;

    private static final int[] INN_10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    /** SNILS numbers up to 001-001-998 were issued before check digits were; any check digits are accepted for them. */
    private static final long SNILS_UNCHECKED_UP_TO = 1_001_998L;

    private IdentifierCheck() {
    }

    /** What is wrong with the value, or empty when it is valid. Spaces and dashes between digits are allowed. */
    public static Optional<IdentifierProblem> problem(IdentifierKind kind, String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(new IdentifierProblem(kind, IdentifierProblem.REQUIRED));
        }
        String digits = normalize(kind, value);
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(new IdentifierProblem(kind, IdentifierProblem.NOT_DIGITS));
        }
        if (digits.length() != kind.length()) {
            return Optional.of(new IdentifierProblem(kind, IdentifierProblem.LENGTH, kind.length(), digits.length()));
        }
        if (kind == IdentifierKind.OGRN && digits.charAt(0) != '1' && digits.charAt(0) != '5') {
            return Optional.of(new IdentifierProblem(kind, IdentifierProblem.OGRN_FIRST_DIGIT));
        }
        if (kind == IdentifierKind.OGRNIP && digits.charAt(0) != '3') {
            return Optional.of(new IdentifierProblem(kind, IdentifierProblem.OGRNIP_FIRST_DIGIT));
        }
        return checkDigitsMatch(kind, digits) ? Optional.empty() : Optional.of(new IdentifierProblem(kind, IdentifierProblem.CHECK_DIGIT));
    }

    /** The value as stored: its digits only (other characters are kept so {@link #problem} can name them). */
    public static String normalize(IdentifierKind kind, String value) {
        return value == null ? null : value.strip().replaceAll("[\\s\\-\u2010-\u2015]", "");
    }

    private static boolean checkDigitsMatch(IdentifierKind kind, String d) {
        return switch (kind) {
            case SNILS -> snilsMatches(d);
            case INN_LEGAL -> weighted(d, INN_10) == digit(d, 9);
            case INN_INDIVIDUAL -> weighted(d, INN_11) == digit(d, 10) && weighted(d, INN_12) == digit(d, 11);
            case OGRN -> Long.parseLong(d.substring(0, 12)) % 11 % 10 == digit(d, 12);
            case OGRNIP -> Long.parseLong(d.substring(0, 14)) % 13 % 10 == digit(d, 14);
        };
    }

    private static boolean snilsMatches(String d) {
        long number = Long.parseLong(d.substring(0, 9));
        if (number <= SNILS_UNCHECKED_UP_TO) {
            return true;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += digit(d, i) * (9 - i);
        }
        int check = sum < 100 ? sum : sum % 101 % 100;
        return check == Integer.parseInt(d.substring(9));
    }

    private static int weighted(String d, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(d, i) * weights[i];
        }
        return sum % 11 % 10;
    }

    private static int digit(String d, int index) {
        return d.charAt(index) - '0';
    }
}
