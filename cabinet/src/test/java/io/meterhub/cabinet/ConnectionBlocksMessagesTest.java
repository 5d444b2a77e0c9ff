package io.meterhub.cabinet;

import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.connectionfee.ConnectionFeeCalculator;
import io.meterhub.cabinet.connectionfee.FeeBreakdown;
import io.meterhub.cabinet.connectionfee.FeeLine;
import io.meterhub.cabinet.connectionfee.VoltageLevel;
import io.meterhub.cabinet.identity.IdentifierKind;
import io.meterhub.cabinet.identity.IdentifierProblem;
import io.meterhub.cabinet.otp.CodeCheck;
import io.meterhub.cabinet.signing.CadesVerifier;
import io.meterhub.cabinet.signing.SignatureService;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key the building blocks of issue 6 use has an English and a Russian text. */
class ConnectionBlocksMessagesTest {

    @Test
    void both_languages_have_the_same_keys() throws Exception {
        assertThat(load("/connection-blocks-messages_ru.properties").keySet()).isEqualTo(load("/connection-blocks-messages.properties").keySet());
    }

    @Test
    void every_code_the_blocks_can_raise_or_show_has_a_text() throws Exception {
        Properties english = load("/connection-blocks-messages.properties");
        List<String> keys = new ArrayList<>();
        keys.addAll(constants(IdentifierProblem.class));
        keys.addAll(constants(ConnectionFeeCalculator.class));
        keys.addAll(constants(CadesVerifier.class));
        keys.add(SignatureService.DOCUMENT_EMPTY);
        for (IdentifierKind kind : IdentifierKind.values()) {
            keys.add("identifier.kind." + kind.name());
        }
        for (CodeCheck check : CodeCheck.values()) {
            keys.add(check.messageKey());
            if (check != CodeCheck.OK) {
                keys.add("signature.code." + check.name());
            }
        }
        for (String code : constants(FeeLine.class)) {
            keys.add("connectionfee.line." + code);
        }
        for (String basis : constants(FeeBreakdown.class)) {
            keys.add("connectionfee.basis." + basis);
        }
        for (VoltageLevel voltage : VoltageLevel.values()) {
            keys.add("connectionfee.voltage." + voltage.name());
        }
        for (ApplicantCategory category : ApplicantCategory.values()) {
            keys.add("connectionfee.category." + category.name());
        }
        assertThat(english.stringPropertyNames()).containsAll(keys);
        // a ValidationException with these keys renders through the cabinet's Messages
        assertThat(Messages.format("signature.code.WRONG", java.util.Locale.forLanguageTag("ru"))).startsWith("Документ не подписан");
    }

    private static List<String> constants(Class<?> type) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ConnectionBlocksMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
