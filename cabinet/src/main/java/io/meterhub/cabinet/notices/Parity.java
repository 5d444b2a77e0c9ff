package io.meterhub.cabinet.notices;

/** Which side of a street a range takes: both, the odd numbers or the even ones. */
public enum Parity {
    ANY, ODD, EVEN;

    boolean admits(HouseNumber house) {
        return this == ANY || (this == ODD) == house.odd();
    }
}
