package io.meterhub.cabinet.registration;

/**
 * A self-service sign-up: the login, its password, the language, the applicant's profile and the consent to personal
 * data processing.
 *
 * @param consentVersion the version of the consent's text the person ticked ({@code Consents.CURRENT_VERSION}); null
 *                       when they did not: the sign-up is refused then
 * @param address        the browser's address, kept with the consent; null when unknown
 */
public record SignUp(String login, String password, String locale, ProfileForm profile, String consentVersion, String address) {
    @Override
    public String toString() {
        return "SignUp[" + login + "]";
    }
}
