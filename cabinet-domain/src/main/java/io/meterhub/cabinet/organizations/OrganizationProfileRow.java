package io.meterhub.cabinet.organizations;

/** Every property of an organization the control panel edits, as stored. */
public record OrganizationProfileRow(String id, String parentId, String name, String kind, String timeZone, String zoneSchedule,
                                     String legalName, String inn, String kpp, String ogrn, String address, String phone, String email,
                                     String website, String bankName, String bic, String correspondentAccount, String settlementAccount,
                                     int windowFirstDay, int windowLastDay) {
}
