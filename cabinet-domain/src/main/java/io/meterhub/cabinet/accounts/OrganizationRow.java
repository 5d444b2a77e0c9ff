package io.meterhub.cabinet.accounts;

import java.time.ZoneId;

/** An organization as the cabinet needs it: calendar, requisites for receipts, submission window days. */
public record OrganizationRow(String id, String name, String kind, ZoneId timeZone, String zoneSchedule, String legalName,
                              String inn, String kpp, String bankName, String bic, String correspondentAccount,
                              String settlementAccount, String phone, int windowFirstDay, int windowLastDay) {
}
