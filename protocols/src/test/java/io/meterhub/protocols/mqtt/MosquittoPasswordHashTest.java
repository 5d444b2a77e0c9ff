package io.meterhub.protocols.mqtt;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Broker password hashes in the form of Mosquitto 2's password file, checked against a line mosquitto_passwd wrote. */
class MosquittoPasswordHashTest {
    /** {@code mosquitto_passwd -c -b file ctl-1 secret123} of Mosquitto 2.0.11. */
    private static final String MOSQUITTO_LINE_HASH =
            "$7$101$DyJDMPYtuBNTU4qo$c2EPCLpF+tkper9yUI3Qe0mmxdYQ7tD71HbFn0lhCx3DnGW3Lbv8yOR+8ZXvwy4ZA627RMtB5FDU0kJxS7QSkA==";

    @Test
    void a_hash_written_by_mosquitto_passwd_is_checked_like_mosquitto_checks_it() {
        assertThat(MosquittoPasswordHash.matches(bytes("secret123"), MOSQUITTO_LINE_HASH)).isTrue();
        assertThat(MosquittoPasswordHash.matches(bytes("secret124"), MOSQUITTO_LINE_HASH)).isFalse();
    }

    @Test
    void a_new_hash_has_mosquittos_form_a_fresh_salt_and_matches_only_its_password() {
        String password = MosquittoPasswordHash.newPassword();
        String hash = MosquittoPasswordHash.hash(password);
        assertThat(hash).matches("\\$7\\$101\\$[A-Za-z0-9+/]{16}\\$[A-Za-z0-9+/]{86}==");
        assertThat(MosquittoPasswordHash.hash(password)).isNotEqualTo(hash);
        assertThat(MosquittoPasswordHash.matches(bytes(password), hash)).isTrue();
        assertThat(MosquittoPasswordHash.matches(bytes(password + "x"), hash)).isFalse();
    }

    @Test
    void a_malformed_or_foreign_hash_matches_nothing() {
        for (String hash : new String[] {null, "", "plain", "$6$101$abc$def", "$7$x$abc$def", "$7$101$!!$!!", "$7$101$DyJDMPYtuBNTU4qo$c2EP"}) {
            assertThat(MosquittoPasswordHash.matches(bytes("secret123"), hash)).as(String.valueOf(hash)).isFalse();
        }
        assertThat(MosquittoPasswordHash.matches(null, MOSQUITTO_LINE_HASH)).isFalse();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
