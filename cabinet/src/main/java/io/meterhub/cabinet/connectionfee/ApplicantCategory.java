package io.meterhub.cabinet.connectionfee;

import io.meterhub.cabinet.common.Messages;

import java.util.Locale;

/** Who applies for connection; the same kinds as a customer of the cabinet. */
public enum ApplicantCategory {
    INDIVIDUAL, SOLE_PROPRIETOR, LEGAL_ENTITY;

    /** «Физическое лицо», «Индивидуальный предприниматель», «Юридическое лицо». */
    public String label(Locale locale) {
        return Messages.format("connectionfee.category." + name(), locale);
    }
}
