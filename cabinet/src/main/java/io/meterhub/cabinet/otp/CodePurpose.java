package io.meterhub.cabinet.otp;

/** What a one-time code confirms; a code issued for one purpose never passes for another. */
public enum CodePurpose {
    PHONE_CONFIRMATION, SIGNING
}
