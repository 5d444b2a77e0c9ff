package io.meterhub.cabinet.receipts;

/** The organization's requisites that a receipt and its payment QR show; any may be null if not filled in. */
public record PayeeRequisites(String organizationId, String name, String legalName, String inn, String kpp,
                              String bankName, String bic, String correspondentAccount, String settlementAccount,
                              String phone, String timeZone) {
    /** The legal name, or the short name when the legal one is not filled in. */
    public String displayName() {
        return legalName == null || legalName.isBlank() ? name : legalName;
    }
}
