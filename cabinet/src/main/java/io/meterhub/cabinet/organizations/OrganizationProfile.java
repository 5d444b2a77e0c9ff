package io.meterhub.cabinet.organizations;

/**
 * An organization's properties as its administrator edits them: names, registration numbers, address
 * and contacts, bank requisites (the receipt's GOST QR takes them), time zone, tariff zone schedule
 * (e.g. "T1 07-23; T2 23-07") and the days of the month customers may submit readings.
 *
 * @param parentId the organization it is a sub-organization of, null for a top one
 */
public record OrganizationProfile(String id, String parentId, String name, OrganizationKind kind, String timeZone, String zoneSchedule,
                                  String legalName, String inn, String kpp, String ogrn, String address, String phone, String email,
                                  String website, String bankName, String bic, String correspondentAccount, String settlementAccount,
                                  int windowFirstDay, int windowLastDay) {
}
