package io.meterhub.cabinet.organizations;

import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.identity.IdentifierCheck;
import io.meterhub.cabinet.identity.IdentifierKind;
import io.meterhub.protocols.meter.TariffZoneSchedule;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Every rule an organization's properties must keep, each broken one named by its field. */
final class ProfileRules {
    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ProfileRules() {
    }

    static List<FieldProblem> problems(OrganizationProfile p) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p.id() == null || !ID.matcher(p.id()).matches()) {
            problems.add(FieldProblem.of("id", "organization.id_invalid"));
        }
        if (blank(p.name())) {
            problems.add(FieldProblem.of("name", "organization.name_required"));
        }
        if (p.kind() == null) {
            problems.add(FieldProblem.of("kind", "organization.kind_required"));
        }
        zone(p, problems);
        if (!blank(p.inn())) {
            String digits = IdentifierCheck.normalize(IdentifierKind.INN_LEGAL, p.inn());
            IdentifierKind kind = digits.length() == 12 ? IdentifierKind.INN_INDIVIDUAL : IdentifierKind.INN_LEGAL;
            IdentifierCheck.problem(kind, p.inn()).ifPresent(x -> problems.add(FieldProblem.of("inn", "organization.inn_invalid")));
        }
        if (!blank(p.kpp()) && !p.kpp().strip().matches("\\d{4}[0-9A-Z]{2}\\d{3}")) {
            problems.add(FieldProblem.of("kpp", "organization.kpp_invalid"));
        }
        if (!blank(p.ogrn())) {
            String digits = IdentifierCheck.normalize(IdentifierKind.OGRN, p.ogrn());
            IdentifierKind kind = digits.length() == 15 ? IdentifierKind.OGRNIP : IdentifierKind.OGRN;
            IdentifierCheck.problem(kind, p.ogrn()).ifPresent(x -> problems.add(FieldProblem.of("ogrn", "organization.ogrn_invalid")));
        }
        if (!blank(p.email()) && !EMAIL.matcher(p.email().strip()).matches()) {
            problems.add(FieldProblem.of("email", "organization.email_invalid"));
        }
        bank(p, problems);
        if (p.windowFirstDay() < 1 || p.windowFirstDay() > 28) {
            problems.add(FieldProblem.of("windowFirstDay", "organization.window_first_day"));
        }
        if (p.windowLastDay() < p.windowFirstDay() || p.windowLastDay() > 31) {
            problems.add(FieldProblem.of("windowLastDay", "organization.window_last_day"));
        }
        return problems;
    }

    private static void zone(OrganizationProfile p, List<FieldProblem> problems) {
        try {
            ZoneId.of(p.timeZone() == null ? "" : p.timeZone());
        } catch (DateTimeException e) {
            problems.add(FieldProblem.of("timeZone", "organization.time_zone_unknown", String.valueOf(p.timeZone())));
        }
        try {
            TariffZoneSchedule.parse(p.zoneSchedule());
        } catch (RuntimeException e) {
            problems.add(FieldProblem.of("zoneSchedule", "organization.zone_schedule_invalid"));
        }
    }

    private static void bank(OrganizationProfile p, List<FieldProblem> problems) {
        boolean any = !blank(p.bic()) || !blank(p.settlementAccount()) || !blank(p.correspondentAccount());
        if (!any) {
            return;
        }
        if (!BankRequisites.bicValid(strip(p.bic()))) {
            problems.add(FieldProblem.of("bic", "organization.bic_invalid"));
            return;
        }
        if (!BankRequisites.settlementAccountMatches(strip(p.bic()), strip(p.settlementAccount()))) {
            problems.add(FieldProblem.of("settlementAccount", "organization.settlement_account_invalid"));
        }
        if (!blank(p.correspondentAccount()) && !BankRequisites.correspondentAccountMatches(strip(p.bic()), strip(p.correspondentAccount()))) {
            problems.add(FieldProblem.of("correspondentAccount", "organization.correspondent_account_invalid"));
        }
        if (blank(p.bankName())) {
            problems.add(FieldProblem.of("bankName", "organization.bank_name_required"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String s) {
        return s == null ? null : s.replaceAll("\\s", "");
    }
}
