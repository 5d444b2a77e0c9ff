package io.meterhub.cabinet.signing;

/**
 * Asked before a signature is made or its code sent: may this user sign now? The cabinet's web UI asks that the
 * password was entered within minutes ({@code twofactor.Reauthentication}); seeders and tests that sign on a person's
 * behalf ask nothing ({@link #NONE}).
 */
@FunctionalInterface
public interface SignerCheck {
    SignerCheck NONE = userId -> {
    };

    /** @throws io.meterhub.cabinet.common.ValidationException when the user must prove who they are first */
    void require(long userId);
}
