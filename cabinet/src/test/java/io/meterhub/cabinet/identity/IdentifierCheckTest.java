package io.meterhub.cabinet.identity;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static io.meterhub.cabinet.identity.IdentifierKind.INN_INDIVIDUAL;
import static io.meterhub.cabinet.identity.IdentifierKind.INN_LEGAL;
import static io.meterhub.cabinet.identity.IdentifierKind.OGRN;
import static io.meterhub.cabinet.identity.IdentifierKind.OGRNIP;
import static io.meterhub.cabinet.identity.IdentifierKind.SNILS;
import static org.assertj.core.api.Assertions.assertThat;

/** Published valid numbers pass, one changed digit fails; each sum/edge case of SNILS worked out by hand. */
class IdentifierCheckTest {

    @Test
    void published_valid_numbers_pass() {
        assertThat(IdentifierCheck.problem(SNILS, "112-233-445 95")).isEmpty();   // the standard example on forms
        assertThat(IdentifierCheck.problem(SNILS, "11223344595")).isEmpty();
        assertThat(IdentifierCheck.problem(INN_LEGAL, "7707083893")).isEmpty();     // Sberbank
        assertThat(IdentifierCheck.problem(INN_LEGAL, "7736207543")).isEmpty();     // Yandex
        assertThat(IdentifierCheck.problem(OGRN, "1027700132195")).isEmpty();      // Sberbank
        assertThat(IdentifierCheck.problem(OGRN, "1027700229193")).isEmpty();      // Yandex
        assertThat(IdentifierCheck.problem(INN_INDIVIDUAL, "500100732259")).isEmpty(); // the sample INN of a person in FNS examples
        assertThat(IdentifierCheck.problem(OGRNIP, "304500116000157")).isEmpty();  // the sample OGRNIP in FNS examples
    }

    @Test
    void one_changed_digit_is_refused_as_a_wrong_check_digit() {
        assertThat(code(SNILS, "112-233-445 96")).contains(IdentifierProblem.CHECK_DIGIT);
        assertThat(code(SNILS, "112-233-454 95")).contains(IdentifierProblem.CHECK_DIGIT);
        assertThat(code(INN_LEGAL, "7707083894")).contains(IdentifierProblem.CHECK_DIGIT);
        assertThat(code(INN_INDIVIDUAL, "500100732258")).contains(IdentifierProblem.CHECK_DIGIT);
        assertThat(code(INN_INDIVIDUAL, "500100732249")).contains(IdentifierProblem.CHECK_DIGIT); // 11th digit wrong, 12th right for it
        assertThat(code(OGRN, "1027700132196")).contains(IdentifierProblem.CHECK_DIGIT);
        assertThat(code(OGRNIP, "304500116000158")).contains(IdentifierProblem.CHECK_DIGIT);
    }

    @Test
    void snils_check_sum_of_100_or_101_gives_00() {
        // 0*9+0*8+1*7+3*6+2*5+6*4+6*3+7*2+9*1 = 100
        assertThat(IdentifierCheck.problem(SNILS, "001-326-679 00")).isEmpty();
        assertThat(code(SNILS, "001-326-679 10")).contains(IdentifierProblem.CHECK_DIGIT);
        // 1*7+5*6+0*5+8*4+8*3+1*2+6*1 = 101
        assertThat(IdentifierCheck.problem(SNILS, "001-508-816 00")).isEmpty();
        assertThat(code(SNILS, "001-508-816 01")).contains(IdentifierProblem.CHECK_DIGIT);
    }

    @Test
    void snils_check_sum_above_101_is_taken_modulo_101_and_100_becomes_00() {
        // sum 140: 140 mod 101 = 39
        assertThat(IdentifierCheck.problem(SNILS, "001-199-975 39")).isEmpty();
        assertThat(code(SNILS, "001-199-975 40")).contains(IdentifierProblem.CHECK_DIGIT);
        // sum 201: 201 mod 101 = 100, written 00
        assertThat(IdentifierCheck.problem(SNILS, "017-996-174 00")).isEmpty();
        assertThat(code(SNILS, "017-996-174 99")).contains(IdentifierProblem.CHECK_DIGIT);
        // the demo's second customer
        assertThat(IdentifierCheck.problem(SNILS, "123-456-789 64")).isEmpty();
    }

    @Test
    void snils_up_to_001_001_998_carries_no_check_digits_to_verify() {
        assertThat(IdentifierCheck.problem(SNILS, "001-001-998 00")).isEmpty();
        assertThat(IdentifierCheck.problem(SNILS, "001-001-998 57")).isEmpty();
        assertThat(IdentifierCheck.problem(SNILS, "000-000-001 12")).isEmpty();
        // the first checked number: 1*7+1*4+9*3+9*2+9*1 = 65
        assertThat(IdentifierCheck.problem(SNILS, "001-001-999 65")).isEmpty();
        assertThat(code(SNILS, "001-001-999 00")).contains(IdentifierProblem.CHECK_DIGIT);
    }

    @Test
    void wrong_length_says_how_many_digits_are_needed_and_given() {
        Optional<IdentifierProblem> problem = IdentifierCheck.problem(INN_INDIVIDUAL, "7707083893");
        assertThat(problem).map(IdentifierProblem::code).contains(IdentifierProblem.LENGTH);
        assertThat(problem.orElseThrow().message(Locale.ENGLISH)).isEqualTo("INN: must have 12 digits, but has 10.");
        assertThat(problem.orElseThrow().message(Locale.forLanguageTag("ru"))).isEqualTo("ИНН: должно быть цифр: 12, а введено: 10.");
        assertThat(code(SNILS, "112-233-445 9")).contains(IdentifierProblem.LENGTH);
        assertThat(code(OGRN, "10277001321950")).contains(IdentifierProblem.LENGTH);
        assertThat(code(OGRNIP, "1027700132195")).contains(IdentifierProblem.LENGTH);
    }

    @Test
    void letters_empty_input_and_foreign_first_digits_are_named() {
        assertThat(code(INN_LEGAL, "77070838A3")).contains(IdentifierProblem.NOT_DIGITS);
        assertThat(code(SNILS, "112.233.445 95")).contains(IdentifierProblem.NOT_DIGITS);
        assertThat(code(SNILS, "  ")).contains(IdentifierProblem.REQUIRED);
        assertThat(code(OGRN, null)).contains(IdentifierProblem.REQUIRED);
        // 2... is a state registration number of a later record (GRN), not an OGRN
        assertThat(code(OGRN, "2027700132195")).contains(IdentifierProblem.OGRN_FIRST_DIGIT);
        assertThat(code(OGRNIP, "404500116000157")).contains(IdentifierProblem.OGRNIP_FIRST_DIGIT);
        assertThat(IdentifierCheck.problem(OGRN, "2027700132195").orElseThrow().message(Locale.forLanguageTag("ru")))
                .isEqualTo("ОГРН: ОГРН начинается с цифры 1 или 5.");
    }

    @Test
    void the_message_of_a_wrong_check_digit_does_not_reveal_the_expected_one() {
        IdentifierProblem problem = IdentifierCheck.problem(SNILS, "112-233-445 96").orElseThrow();
        assertThat(problem.args()).isEmpty();
        assertThat(problem.message(Locale.forLanguageTag("ru"))).startsWith("СНИЛС: контрольное число").doesNotContain("95");
        assertThat(problem.message(Locale.ENGLISH)).doesNotContain("95");
    }

    @Test
    void normalize_keeps_the_digits_only() {
        assertThat(IdentifierCheck.normalize(SNILS, " 112-233-445 95 ")).isEqualTo("11223344595");
        assertThat(IdentifierCheck.normalize(INN_LEGAL, "7707 083 893")).isEqualTo("7707083893");
    }

    private static Optional<String> code(IdentifierKind kind, String value) {
        return IdentifierCheck.problem(kind, value).map(IdentifierProblem::code);
    }
}
