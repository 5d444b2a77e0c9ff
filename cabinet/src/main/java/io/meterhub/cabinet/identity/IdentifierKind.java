package io.meterhub.cabinet.identity;

/** The state identifiers an applicant gives, each with its length and check-digit rule. */
public enum IdentifierKind {
    /** Insurance number of a person: 9 digits and 2 check digits, usually written "112-233-445 95". */
    SNILS(11),
    /** A person's or sole proprietor's taxpayer number. */
    INN_INDIVIDUAL(12),
    /** A company's taxpayer number. */
    INN_LEGAL(10),
    /** Primary state registration number of a company. */
    OGRN(13),
    /** Primary state registration number of a sole proprietor. */
    OGRNIP(15);

    private final int length;

    IdentifierKind(int length) {
        this.length = length;
    }

    /** How many digits a valid identifier of this kind has. */
    public int length() {
        return length;
    }
}
