package io.meterhub.cabinet.customers;

/** What a search matched an account by, in the order matches are shown. */
public enum SearchKey {
    ACCOUNT_NUMBER, METER_SERIAL, NAME, ADDRESS
}
