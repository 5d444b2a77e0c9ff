package io.meterhub.cabinet.help;

/** The topics the help page groups its articles by, in the order it shows them. */
public enum HelpTopic {
    READINGS, PAYMENTS, CONNECTION, SIGNING, APPEALS, ACCOUNT, OTHER
}
