package io.meterhub.storage.cabinet.connection;

import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.connection.ApplicantRepository;
import io.meterhub.cabinet.connection.ApplicantRow;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.personaldata.PersonalDataCipher;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** {@link ApplicantRepository} over JDBC. */
public final class JdbcApplicantRepository implements ApplicantRepository {
    private static final String SELECT = """
            SELECT id, user_id, kind, full_name, representative_name, snils, inn, ogrn, phone, email, passport, phone_confirmed_at
              FROM customer
            """;

    private final DataSource dataSource;
    private final PersonalDataCipher cipher;

    /** SNILS and passport written encrypted and read back under the process's key ({@link PersonalDataCipher#ofProcess}). */
    public JdbcApplicantRepository(DataSource dataSource) {
        this(dataSource, PersonalDataCipher.ofProcess());
    }

    public JdbcApplicantRepository(DataSource dataSource, PersonalDataCipher cipher) {
        this.dataSource = dataSource;
        this.cipher = cipher;
    }

    @Override
    public Optional<ApplicantRow> byUser(long userId) {
        return Jdbc.one(dataSource, SELECT + " WHERE user_id = ?", this::row, userId);
    }

    @Override
    public Optional<ApplicantRow> byId(long customerId) {
        return Jdbc.one(dataSource, SELECT + " WHERE id = ?", this::row, customerId);
    }

    @Override
    public Optional<ApplicantRow> byUser(Tx tx, long userId) {
        return Jdbc.one(tx, SELECT + " WHERE user_id = ?", this::row, userId);
    }

    @Override
    public long create(Tx tx, ApplicantRow a, Instant at) {
        return Jdbc.insert(tx, """
                INSERT INTO customer (user_id, kind, full_name, representative_name, snils, inn, ogrn, phone, email, passport,
                                      phone_confirmed_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                a.userId(), a.kind(), a.fullName(), a.representativeName(), cipher.encrypt(PersonalDataCipher.SNILS, a.snils()), a.inn(), a.ogrn(),
                a.phone(), a.email(), cipher.encrypt(PersonalDataCipher.PASSPORT, a.passport()), a.phoneConfirmedAt(), at);
    }

    @Override
    public void update(Tx tx, ApplicantRow a, Instant at) {
        Jdbc.update(tx, """
                UPDATE customer SET kind = ?, full_name = ?, representative_name = ?, snils = ?, inn = ?, ogrn = ?, phone = ?, email = ?,
                                    passport = ?, phone_confirmed_at = ?, updated_at = ?
                 WHERE id = ?""",
                a.kind(), a.fullName(), a.representativeName(), cipher.encrypt(PersonalDataCipher.SNILS, a.snils()), a.inn(), a.ogrn(), a.phone(),
                a.email(), cipher.encrypt(PersonalDataCipher.PASSPORT, a.passport()), a.phoneConfirmedAt(), at, a.id());
    }

    @Override
    public void confirmPhone(long customerId, Instant at) {
        Jdbc.update(dataSource, "UPDATE customer SET phone_confirmed_at = ?, updated_at = ? WHERE id = ?", at, at, customerId);
    }

    private ApplicantRow row(ResultSet r) throws SQLException {
        return new ApplicantRow(r.getLong("id"), Jdbc.nullableLong(r, "user_id"), r.getString("kind"), r.getString("full_name"),
                r.getString("representative_name"), cipher.decrypt(PersonalDataCipher.SNILS, r.getString("snils")), r.getString("inn"),
                r.getString("ogrn"), r.getString("phone"), r.getString("email"), cipher.decrypt(PersonalDataCipher.PASSPORT, r.getString("passport")),
                Jdbc.instant(r, "phone_confirmed_at"));
    }
}
