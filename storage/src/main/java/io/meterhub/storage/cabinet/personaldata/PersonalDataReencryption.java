package io.meterhub.storage.cabinet.personaldata;

import io.meterhub.storage.cabinet.Jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Brings every customer's SNILS and passport under the current key: values stored in clear (before
 * encryption came) and values under {@value PersonalDataKeys#PREVIOUS_VARIABLE} are rewritten, in batches
 * by id, each batch in its own transaction, so a run can be stopped and started again. Run at the
 * cabinet's start and by {@code meterhub reencrypt-personal-data}; after a run that rewrote everything the
 * previous key may be dropped.
 */
public final class PersonalDataReencryption {
    private static final int BATCH = 500;

    private record Stored(long id, String snils, String passport) {
        @Override
        public String toString() {
            return "Stored[customer " + id + "]";
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PersonalDataReencryption.class);

    private final DataSource dataSource;
    private final PersonalDataCipher cipher;

    /**
     * The startup step of a program that reads customers: the process's key must be there and valid (else it stops,
     * naming the variable), and whatever is in clear or under the previous key is brought under the current one.
     */
    public static long atStart(DataSource dataSource) {
        long done = new PersonalDataReencryption(dataSource, PersonalDataCipher.ofProcess()).run(log::info);
        if (done > 0) {
            log.info("personal data: {} customers now under the current {}; {} may be unset", done, PersonalDataKeys.VARIABLE,
                    PersonalDataKeys.PREVIOUS_VARIABLE);
        }
        return done;
    }

    public PersonalDataReencryption(DataSource dataSource, PersonalDataCipher cipher) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** How many customers hold a value that is in clear or under another key. */
    public long pending() {
        String like = cipher.currentPrefix() + "%";
        return Jdbc.one(dataSource, "SELECT count(*) FROM customer WHERE (snils IS NOT NULL AND snils NOT LIKE ?) OR (passport IS NOT NULL AND passport NOT LIKE ?)",
                r -> r.getLong(1), like, like).orElse(0L);
    }

    /** Rewrites what {@link #pending} counts; {@code progress} hears "n of total" after each batch. Returns the customers rewritten. */
    public long run(Consumer<String> progress) {
        long total = pending();
        if (total == 0) {
            return 0;
        }
        String like = cipher.currentPrefix() + "%";
        long done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Stored> batch = Jdbc.list(dataSource, """
                    SELECT id, snils, passport FROM customer
                     WHERE id > ? AND ((snils IS NOT NULL AND snils NOT LIKE ?) OR (passport IS NOT NULL AND passport NOT LIKE ?))
                     ORDER BY id LIMIT ?""", r -> new Stored(r.getLong("id"), r.getString("snils"), r.getString("passport")), from, like, like, BATCH);
            if (batch.isEmpty()) {
                return done;
            }
            Jdbc.inTransaction(dataSource, connection -> {
                for (Stored s : batch) {
                    Jdbc.update(connection, "UPDATE customer SET snils = ?, passport = ? WHERE id = ?", again(PersonalDataCipher.SNILS, s.snils()),
                            again(PersonalDataCipher.PASSPORT, s.passport()), s.id());
                }
                return null;
            });
            done += batch.size();
            after = batch.get(batch.size() - 1).id();
            progress.accept("personal data re-encrypted under the current key: " + done + " of " + total + " customers");
        }
    }

    private String again(String column, String stored) {
        return cipher.needsReencryption(stored) ? cipher.encrypt(column, cipher.decrypt(column, stored)) : stored;
    }
}
