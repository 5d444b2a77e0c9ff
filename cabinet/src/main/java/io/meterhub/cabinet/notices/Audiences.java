package io.meterhub.cabinet.notices;

import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.common.Tx;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** The accounts of an organization an item reaches, their users, and the claim that each user is told once. */
final class Audiences {
    private final NoticeRepository notices;
    private final AccountRepository accounts;

    Audiences(NoticeRepository notices, AccountRepository accounts) {
        this.notices = notices;
        this.accounts = accounts;
    }

    List<AudienceAccountRow> reached(String organizationId, Predicate<AudienceAccountRow> reaches) {
        return notices.audience(organizationId).stream().filter(reaches).toList();
    }

    AudienceCount count(List<AudienceAccountRow> reached) {
        return new AudienceCount((int) reached.stream().mapToLong(AudienceAccountRow::accountId).distinct().count(), users(reached).size());
    }

    static List<Long> users(List<AudienceAccountRow> reached) {
        return reached.stream().map(AudienceAccountRow::holderUserId).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** The users of these accounts not told of this item yet, now recorded as told. */
    List<Long> claim(Tx tx, String kind, long subjectId, List<AudienceAccountRow> reached, Instant at) {
        return notices.claimNotices(tx, kind, subjectId, users(reached), at);
    }

    ZoneId zone(String organizationId) {
        return accounts.organization(organizationId).map(OrganizationRow::timeZone).orElse(ZoneOffset.UTC);
    }

    String organizationName(String organizationId) {
        return accounts.organization(organizationId).map(OrganizationRow::name).orElse(organizationId);
    }

    List<String> services(String organizationId) {
        return notices.servicesOf(organizationId);
    }
}
