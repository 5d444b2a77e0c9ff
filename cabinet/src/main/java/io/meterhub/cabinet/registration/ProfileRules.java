package io.meterhub.cabinet.registration;

import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.identity.IdentifierCheck;
import io.meterhub.cabinet.identity.IdentifierKind;
import io.meterhub.cabinet.identity.IdentifierProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a profile must have per category, and the values as stored (digits only, the phone in E.164). */
public final class ProfileRules {
    public static final String CATEGORY_REQUIRED = "registration.category_required";
    public static final String NAME_REQUIRED = "registration.name_required";
    public static final String COMPANY_REQUIRED = "registration.company_required";
    public static final String REPRESENTATIVE_REQUIRED = "registration.representative_required";
    public static final String TOO_LONG = "registration.too_long";
    public static final String PHONE_REQUIRED = "registration.phone_required";
    public static final String PHONE_INVALID = "registration.phone_invalid";
    public static final String EMAIL_INVALID = "registration.email_invalid";
    public static final String PASSPORT_INVALID = "registration.passport_invalid";
    static final int MAX_TEXT = 300;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{9,14}");

    private ProfileRules() {
    }

    public static List<FieldProblem> problems(ProfileForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form == null || form.category() == null) {
            problems.add(FieldProblem.of("category", CATEGORY_REQUIRED));
            return problems;
        }
        text(problems, "fullName", form.fullName(), form.category() == ApplicantCategory.LEGAL_ENTITY ? REPRESENTATIVE_REQUIRED : NAME_REQUIRED);
        switch (form.category()) {
            case INDIVIDUAL -> identifier(problems, "snils", IdentifierKind.SNILS, form.snils());
            case SOLE_PROPRIETOR -> {
                identifier(problems, "inn", IdentifierKind.INN_INDIVIDUAL, form.inn());
                identifier(problems, "ogrn", IdentifierKind.OGRNIP, form.ogrn());
            }
            case LEGAL_ENTITY -> {
                text(problems, "companyName", form.companyName(), COMPANY_REQUIRED);
                identifier(problems, "inn", IdentifierKind.INN_LEGAL, form.inn());
                identifier(problems, "ogrn", IdentifierKind.OGRN, form.ogrn());
            }
        }
        // a SNILS given by others than individuals is checked too: a wrong one would be kept otherwise
        if (form.category() != ApplicantCategory.INDIVIDUAL && !blank(form.snils())) {
            identifier(problems, "snils", IdentifierKind.SNILS, form.snils());
        }
        if (blank(form.phone())) {
            problems.add(FieldProblem.of("phone", PHONE_REQUIRED));
        } else if (phoneE164(form.phone()).isEmpty()) {
            problems.add(FieldProblem.of("phone", PHONE_INVALID));
        }
        if (!blank(form.email()) && (!EMAIL.matcher(form.email().trim()).matches() || form.email().trim().length() > MAX_TEXT)) {
            problems.add(FieldProblem.of("email", EMAIL_INVALID));
        }
        if (!blank(form.passport()) && passport(form.passport()).isEmpty()) {
            problems.add(FieldProblem.of("passport", PASSPORT_INVALID));
        }
        return problems;
    }

    /**
     * A phone in E.164: Russian numbers from the usual notations ("+7 927 123-45-67", "8 (927) 123-45-67",
     * "9271234567"), others as written with their "+" and country code.
     */
    public static Optional<String> phoneE164(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String trimmed = phone.trim();
        if (!trimmed.matches("[+]?[0-9()\\s.\\-]+")) {
            return Optional.empty();
        }
        String digits = trimmed.replaceAll("\\D", "");
        String e164;
        if (trimmed.startsWith("+")) {
            e164 = "+" + digits;
        } else if (digits.length() == 11 && (digits.startsWith("8") || digits.startsWith("7"))) {
            e164 = "+7" + digits.substring(1);
        } else if (digits.length() == 10 && digits.startsWith("9")) {
            e164 = "+7" + digits;
        } else {
            return Optional.empty();
        }
        if (e164.startsWith("+7") && e164.length() != 12) {
            return Optional.empty();
        }
        return E164.matcher(e164).matches() ? Optional.of(e164) : Optional.empty();
    }

    /** A passport's series and number as 10 digits. */
    static Optional<String> passport(String passport) {
        String digits = passport.replaceAll("[\\s\\-№]", "");
        return digits.matches("[0-9]{10}") ? Optional.of(digits) : Optional.empty();
    }

    static String identifierValue(IdentifierKind kind, String value) {
        return blank(value) ? null : IdentifierCheck.normalize(kind, value);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void text(List<FieldProblem> problems, String field, String value, String requiredCode) {
        if (blank(value)) {
            problems.add(FieldProblem.of(field, requiredCode));
        } else if (value.trim().length() > MAX_TEXT) {
            problems.add(FieldProblem.of(field, TOO_LONG, MAX_TEXT));
        }
    }

    private static void identifier(List<FieldProblem> problems, String field, IdentifierKind kind, String value) {
        Optional<IdentifierProblem> problem = IdentifierCheck.problem(kind, value);
        problem.ifPresent(p -> {
            List<Object> args = new ArrayList<>();
            args.add(kind);
            args.addAll(List.of(p.args()));
            problems.add(new FieldProblem(field, p.code(), args));
        });
    }
}
