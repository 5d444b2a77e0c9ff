package io.meterhub.cabinet.accountaccess;

/** What a service method needs of an account: seeing it, submitting its readings, paying it, handing it to others. */
public enum AccountRight {
    VIEW, READINGS, PAYMENTS, DELEGATE
}
