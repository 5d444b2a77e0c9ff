package io.meterhub.cabinet.notices;

/** Houses of a street as staff typed them; null houses for the whole street; parity ANY, ODD or EVEN. */
public record AddressRangeRow(String street, String houseFrom, String houseTo, String parity) {
}
