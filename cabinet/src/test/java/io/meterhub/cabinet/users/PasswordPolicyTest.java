package io.meterhub.cabinet.users;

import io.meterhub.cabinet.common.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a chosen password, each named by its refusal. */
class PasswordPolicyTest {
    private static void refused(String login, String password, String code) {
        assertThatThrownBy(() -> PasswordPolicy.check(login, password)).isInstanceOf(ValidationException.class).extracting("code")
                .isEqualTo(code);
    }

    @Test
    void a_long_unusual_password_passes() {
        assertThatCode(() -> PasswordPolicy.check("ivanov", "Вечер-у-реки-2026")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("ivanov", "9183746502")).as("digits, but not a sequence").doesNotThrowAnyException();
    }

    @Test
    void too_short_too_long_and_past_what_bcrypt_reads_are_refused() {
        refused("ivanov", "Short-1", PasswordPolicy.TOO_SHORT);
        refused("ivanov", null, PasswordPolicy.TOO_SHORT);
        refused("ivanov", "x".repeat(129), PasswordPolicy.TOO_LONG);
        // 40 Cyrillic letters are 80 bytes: BCrypt would compare only the first 72
        refused("ivanov", "ж".repeat(40), PasswordPolicy.TOO_MANY_BYTES);
    }

    @Test
    void the_login_and_common_passwords_are_refused_in_any_case_and_with_digits_added() {
        refused("petrova", "Petrova-2026", PasswordPolicy.IS_LOGIN);
        refused("ivanov", "1234567890", PasswordPolicy.COMMON);
        refused("ivanov", "QWERTYUIOP", PasswordPolicy.COMMON);
        refused("ivanov", "password123456", PasswordPolicy.COMMON);
        refused("ivanov", "пароль12345", PasswordPolicy.COMMON);
        refused("ivanov", "aaaaaaaaaaaa", PasswordPolicy.COMMON);
        refused("ivanov", "1212121212", PasswordPolicy.COMMON);
        assertThat(PasswordPolicy.MIN).isEqualTo(10);
    }
}
