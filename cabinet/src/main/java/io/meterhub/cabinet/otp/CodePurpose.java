package io.meterhub.cabinet.otp;

/** What a one-time code confirms; a code issued for one purpose never passes for another. */
public enum CodePurpose {
    PHONE_CONFIRMATION, SIGNING,
    /** A code by email as the second factor at login (issue 17); its subject is {@code SecondFactors.EMAIL_SUBJECT}. */
    SIGN_IN
}
