package io.meterhub.cabinet.registration;

/** A self-service sign-up: the login, its password, the language and the applicant's profile. */
public record SignUp(String login, String password, String locale, ProfileForm profile) {
    @Override
    public String toString() {
        return "SignUp[" + login + "]";
    }
}
