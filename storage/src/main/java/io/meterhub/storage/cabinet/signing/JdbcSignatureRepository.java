package io.meterhub.storage.cabinet.signing;

import io.meterhub.cabinet.signing.SignatureRepository;
import io.meterhub.cabinet.signing.SignatureRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link SignatureRepository} over JDBC. */
public final class JdbcSignatureRepository implements SignatureRepository {
    private static final String SELECT = "SELECT id, document_ref, sha256_hex, user_id, method, signed_at, signer_subject FROM document_signature ";

    private final DataSource dataSource;

    public JdbcSignatureRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public SignatureRow insert(String documentRef, String sha256Hex, long userId, String method, Instant signedAt, String signerSubject,
                               byte[] cms) {
        long id = Jdbc.insert(dataSource, """
                INSERT INTO document_signature (document_ref, sha256_hex, user_id, method, signed_at, signer_subject, cms)
                VALUES (?, ?, ?, ?, ?, coalesce(?, (SELECT display_name FROM app_user WHERE id = ?)), ?) RETURNING id""",
                documentRef, sha256Hex, userId, method, signedAt, signerSubject, userId, cms);
        return byId(id).orElseThrow();
    }

    @Override
    public Optional<SignatureRow> byId(long id) {
        return Jdbc.one(dataSource, SELECT + "WHERE id = ?", JdbcSignatureRepository::row, id);
    }

    @Override
    public List<SignatureRow> ofDocument(String documentRef) {
        return Jdbc.list(dataSource, SELECT + "WHERE document_ref = ? ORDER BY signed_at, id", JdbcSignatureRepository::row, documentRef);
    }

    @Override
    public Optional<byte[]> cms(long id) {
        return Jdbc.one(dataSource, "SELECT cms FROM document_signature WHERE id = ?", r -> r.getBytes(1), id);
    }

    private static SignatureRow row(java.sql.ResultSet r) throws java.sql.SQLException {
        return new SignatureRow(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), r.getString(5), Jdbc.instant(r, "signed_at"),
                r.getString(7));
    }
}
