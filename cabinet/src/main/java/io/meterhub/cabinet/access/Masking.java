package io.meterhub.cabinet.access;

/**
 * Personal data as the cabinet shows it: enough to recognise, not enough to use. Never log the
 * unmasked values.
 */
public final class Masking {
    private Masking() {
    }

    /** "112-233-445 95" (or "11223344595") to "***-***-445 95". */
    public static String snils(String snils) {
        String digits = digits(snils);
        if (digits.length() != 11) {
            return stars(snils);
        }
        return "***-***-" + digits.substring(6, 9) + " " + digits.substring(9);
    }

    /** "+7 912 345-67-67" to "+7 *** ***-**-67". */
    public static String phone(String phone) {
        String digits = digits(phone);
        if (digits.length() < 4) {
            return stars(phone);
        }
        return "+7 *** ***-**-" + digits.substring(digits.length() - 2);
    }

    /** A passport's series and number "3604 123456" to "**** ***456". */
    public static String passport(String passport) {
        String digits = digits(passport);
        if (digits.length() != 10) {
            return stars(passport);
        }
        return "**** ***" + digits.substring(7);
    }

    /** An individual's INN shows its last four digits; a company's INN is public and stays whole. */
    public static String inn(String inn) {
        String digits = digits(inn);
        if (digits.length() == 10) {
            return digits;
        }
        return digits.length() < 4 ? stars(inn) : "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }

    /** "ivanov@mail.ru" to "i***@mail.ru". */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? stars(email) : email.charAt(0) + "***" + email.substring(at);
    }

    /** A person's name as "Иванов И. И."; the names of companies and sole proprietors' trade names stay whole. */
    public static String personName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return fullName;
        }
        String[] parts = fullName.trim().split("\\s+");
        StringBuilder masked = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            masked.append(' ').append(parts[i].charAt(0)).append('.');
        }
        return masked.toString();
    }

    /** The holder of an account as shown: people by surname and initials, organizations by name. */
    public static String holder(String kind, String fullName) {
        if ("LEGAL_ENTITY".equals(kind) || fullName == null) {
            return fullName;
        }
        if (fullName.startsWith("ИП ")) {
            return "ИП " + personName(fullName.substring(3));
        }
        return personName(fullName);
    }

    private static String digits(String text) {
        return text == null ? "" : text.replaceAll("\\D", "");
    }

    private static String stars(String text) {
        return text == null ? null : "***";
    }
}
