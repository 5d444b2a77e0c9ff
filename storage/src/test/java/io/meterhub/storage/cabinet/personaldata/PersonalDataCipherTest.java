package io.meterhub.storage.cabinet.personaldata;

import io.meterhub.cabinet.accounts.CustomerRow;
import io.meterhub.cabinet.connection.ApplicantRow;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.cabinet.connection.JdbcApplicantRepository;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {
    private static final byte[] OLD = bytes(1);
    private static final byte[] NEW = bytes(2);
    private static final String SNILS = "11223344595";
    private static final String PASSPORT = "3604123456";
    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(StorageConfig.of(TestServices.freshDatabase("personal-data")));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void snils_and_passport_are_stored_encrypted_and_read_back_whole() {
        PersonalDataCipher cipher = new PersonalDataCipher(PersonalDataKeys.of(NEW, null));
        JdbcApplicantRepository applicants = new JdbcApplicantRepository(database.dataSource(), cipher);

        long id = new JdbcTransactions(database.dataSource()).inTransaction(tx -> applicants.create(tx, applicant(SNILS, PASSPORT), Instant.now()));

        String stored = Jdbc.one(database.dataSource(), "SELECT snils || ' ' || passport FROM customer WHERE id = ?", r -> r.getString(1), id).orElseThrow();
        assertThat(stored).doesNotContain(SNILS).doesNotContain("445").doesNotContain(PASSPORT).doesNotContain("123456")
                .startsWith(cipher.currentPrefix());
        ApplicantRow read = applicants.byId(id).orElseThrow();
        assertThat(read.snils()).isEqualTo(SNILS);
        assertThat(read.passport()).isEqualTo(PASSPORT);
        assertThat(new JdbcAccountRepository(database.dataSource(), cipher).customer(id).map(CustomerRow::snils)).contains(SNILS);
    }

    @Test
    void the_same_value_encrypts_differently_each_time_and_does_not_open_in_another_column() {
        PersonalDataCipher cipher = new PersonalDataCipher(PersonalDataKeys.of(NEW, null));
        String once = cipher.encrypt(PersonalDataCipher.SNILS, SNILS);

        assertThat(cipher.encrypt(PersonalDataCipher.SNILS, SNILS)).isNotEqualTo(once);
        assertThat(cipher.decrypt(PersonalDataCipher.SNILS, once)).isEqualTo(SNILS);
        assertThatThrownBy(() -> cipher.decrypt(PersonalDataCipher.PASSPORT, once)).hasMessageContaining("does not open");
        assertThat(cipher.encrypt(PersonalDataCipher.SNILS, null)).isNull();
    }

    @Test
    void after_a_rotation_old_values_read_with_the_previous_key_and_the_re_encryption_moves_them_and_clear_ones_to_the_new_key() {
        PersonalDataCipher before = new PersonalDataCipher(PersonalDataKeys.of(OLD, null));
        long underOld = new JdbcTransactions(database.dataSource()).inTransaction(
                tx -> new JdbcApplicantRepository(database.dataSource(), before).create(tx, applicant(SNILS, PASSPORT), Instant.now()));
        long inClear = Jdbc.insert(database.dataSource(), "INSERT INTO customer (kind, full_name, snils, passport) VALUES ('INDIVIDUAL', 'Клир', ?, ?) "
                + "RETURNING id", "14685237995", "3605654321");

        PersonalDataCipher rotating = new PersonalDataCipher(PersonalDataKeys.of(NEW, OLD));
        JdbcApplicantRepository applicants = new JdbcApplicantRepository(database.dataSource(), rotating);
        assertThat(applicants.byId(underOld).orElseThrow().snils()).isEqualTo(SNILS);
        assertThat(applicants.byId(inClear).orElseThrow().snils()).isEqualTo("14685237995");
        PersonalDataReencryption reencryption = new PersonalDataReencryption(database.dataSource(), rotating);
        assertThat(reencryption.pending()).isGreaterThanOrEqualTo(2);

        List<String> progress = new ArrayList<>();
        assertThat(reencryption.run(progress::add)).isGreaterThanOrEqualTo(2);

        assertThat(reencryption.pending()).isZero();
        assertThat(progress).last().asString().contains("re-encrypted").doesNotContain(SNILS);
        assertThat(Jdbc.one(database.dataSource(), "SELECT snils || passport FROM customer WHERE id = ?", r -> r.getString(1), inClear).orElseThrow())
                .doesNotContain("14685237995").doesNotContain("3605654321");
        // the old key can go now
        JdbcApplicantRepository afterwards = new JdbcApplicantRepository(database.dataSource(), new PersonalDataCipher(PersonalDataKeys.of(NEW, null)));
        assertThat(afterwards.byId(underOld).orElseThrow().passport()).isEqualTo(PASSPORT);
        assertThat(afterwards.byId(inClear).orElseThrow().passport()).isEqualTo("3605654321");
        // and a value under a key the process does not hold says which keys it has
        assertThatThrownBy(() -> new JdbcApplicantRepository(database.dataSource(), new PersonalDataCipher(PersonalDataKeys.of(OLD, null))).byId(underOld))
                .hasMessageContaining("MH_PD_KEY").hasMessageContaining("MH_PD_KEY_PREVIOUS");
    }

    @Test
    void a_missing_or_wrong_key_is_refused_naming_the_variable() {
        assertThatThrownBy(() -> PersonalDataKeys.fromEnvironment(Map.of())).hasMessageStartingWith("MH_PD_KEY is not set");
        assertThatThrownBy(() -> PersonalDataKeys.fromEnvironment(Map.of("MH_PD_KEY", "not base64 !")))
                .hasMessageStartingWith("MH_PD_KEY must be Base64");
        assertThatThrownBy(() -> PersonalDataKeys.fromEnvironment(Map.of("MH_PD_KEY", Base64.getEncoder().encodeToString(new byte[16]))))
                .hasMessageStartingWith("MH_PD_KEY must be Base64 of exactly 32 bytes").hasMessageContaining("got 16 bytes");
        assertThatThrownBy(() -> PersonalDataKeys.fromEnvironment(Map.of("MH_PD_KEY", key(NEW), "MH_PD_KEY_PREVIOUS", "short")))
                .hasMessageStartingWith("MH_PD_KEY_PREVIOUS must be Base64");
        assertThatThrownBy(() -> PersonalDataKeys.fromEnvironment(Map.of("MH_PD_KEY", key(NEW), "MH_PD_KEY_PREVIOUS", key(NEW))))
                .hasMessageStartingWith("MH_PD_KEY_PREVIOUS has the same key id as MH_PD_KEY");
        PersonalDataKeys keys = PersonalDataKeys.fromEnvironment(Map.of("MH_PD_KEY", key(NEW), "MH_PD_KEY_PREVIOUS", key(OLD)));
        assertThat(keys.toString()).doesNotContain(key(NEW)).doesNotContain(key(OLD));
    }

    private static ApplicantRow applicant(String snils, String passport) {
        return new ApplicantRow(0, null, "INDIVIDUAL", "Кузнецова Мария Олеговна", null, snils, null, null, "+79271234567", null, passport, null);
    }

    private static String key(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] bytes(int seed) {
        byte[] b = new byte[32];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (seed * 31 + i);
        }
        return b;
    }
}
