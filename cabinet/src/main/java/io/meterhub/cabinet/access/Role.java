package io.meterhub.cabinet.access;

public enum Role {
    CUSTOMER, OPERATOR, ADMIN;

    public boolean staff() {
        return this != CUSTOMER;
    }
}
