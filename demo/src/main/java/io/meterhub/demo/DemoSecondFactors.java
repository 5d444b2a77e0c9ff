package io.meterhub.demo;

import io.meterhub.cabinet.otp.CodeKey;
import io.meterhub.cabinet.twofactor.AuthenticatorSecrets;
import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.storage.cabinet.twofactor.JdbcSecondFactorRepository;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Map;

/**
 * The demo's staff sign in with a second factor as all staff do; their authenticator secrets are known (README lists
 * them next to the logins) so whoever tries the demo adds them to an app, and the browser tests compute the codes.
 * Never a production secret: anyone may read these.
 */
public final class DemoSecondFactors {
    /** Login → Base32 secret (16 characters, 80 bits: what apps accept typed by hand). */
    public static final Map<String, String> SECRETS = Map.of(
            "operator", "METERHUBOPERATOR",
            "admin", "METERHUBADMINVSK",
            "uk-operator", "METERHUBUKOPERAT",
            "uk-admin", "METERHUBUKADMINS",
            ConnectionSeeder.SUPPLIER_LOGIN, "METERHUBSUPPLIER");

    private DemoSecondFactors() {
    }

    /** Sets up the login's known secret, sealed under this process's {@code MH_OTP_KEY} as the cabinet will open it. */
    static void enrol(DataSource dataSource, Clock clock, UserAccount user) {
        String secret = SECRETS.get(user.login());
        if (secret != null) {
            new AuthenticatorSecrets(new JdbcSecondFactorRepository(dataSource), CodeKey.fromEnvironment(System.getenv()), clock)
                    .enrolKnown(user, secret);
        }
    }

    /** The line the demo's console prints next to the login. */
    static String note(String login) {
        return "приложение-аутентификатор (TOTP), ключ " + SECRETS.get(login);
    }
}
