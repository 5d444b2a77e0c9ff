package io.meterhub.cabinet.ratings;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.appeals.Appeal;
import io.meterhub.cabinet.appeals.AppealAccess;
import io.meterhub.cabinet.common.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The customer rates an answered appeal once, 1 to 5 with an optional comment; the staff of the appeals module read
 * the averages. Only the appeal's own customer rates it (anyone else is told there is no such appeal).
 */
public final class ServiceRatings {
    public static final String SCORE_INVALID = "ratings.score_invalid";
    public static final String ALREADY_RATED = "ratings.already_rated";
    public static final String NOT_YET = "ratings.not_yet";
    public static final String COMMENT_TOO_LONG = "ratings.comment_too_long";
    public static final String PERIOD_INVALID = "ratings.period_invalid";
    public static final int MAX_COMMENT = 1000;
    public static final int MAX_MONTHS = 36;

    private final RatingRepository ratings;
    private final AppealAccess appeals;
    private final AccountRepository organizations;
    private final Clock clock;

    public ServiceRatings(RatingRepository ratings, AppealAccess appeals, AccountRepository organizations, Clock clock) {
        this.ratings = ratings;
        this.appeals = appeals;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The customer's rating of their appeal, once it is answered (or closed after the answer). */
    public Rating rateAppeal(Viewer customer, long appealId, int score, String comment) {
        Appeal appeal = ownAppeal(customer, appealId);
        if (appeal.answeredAt() == null) {
            throw new ValidationException(NOT_YET);
        }
        if (score < 1 || score > 5) {
            throw new ValidationException(SCORE_INVALID);
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > MAX_COMMENT) {
            throw new ValidationException(COMMENT_TOO_LONG, MAX_COMMENT);
        }
        RatingRow row = new RatingRow(0, RatedKind.APPEAL.name(), appealId, appeal.organizationId(), customer.userId(), appeal.assigneeUserId(),
                null, appeal.category().name(), score, text.isEmpty() ? null : text, clock.instant());
        if (!ratings.addOnce(row)) {
            throw new ValidationException(ALREADY_RATED);
        }
        return ratings.of(RatedKind.APPEAL.name(), appealId).map(Rating::of).orElseThrow();
    }

    /** The rating of the appeal, for its customer or the staff who may see it. */
    public Optional<Rating> ofAppeal(Viewer viewer, long appealId) {
        appeals.visible(viewer, appealId);
        return ratings.of(RatedKind.APPEAL.name(), appealId).map(Rating::of);
    }

    /** Whether the customer may rate the appeal now: answered, and not rated yet. */
    public boolean mayRateAppeal(Viewer customer, long appealId) {
        Appeal appeal = ownAppeal(customer, appealId);
        return appeal.answeredAt() != null && ratings.of(RatedKind.APPEAL.name(), appealId).isEmpty();
    }

    /** The averages of the months {@code from} to {@code to} (in the organization's zone), for staff with the appeals module. */
    public RatingSummary summary(Viewer staff, YearMonth from, YearMonth to) {
        appeals.requireStaff(staff);
        if (from == null || to == null || to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
            throw new ValidationException(PERIOD_INVALID, MAX_MONTHS);
        }
        ZoneId zone = organizations.organization(staff.organizationId()).map(OrganizationRow::timeZone).orElse(ZoneOffset.UTC);
        Instant start = from.atDay(1).atStartOfDay(zone).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<RatingRow> rows = ratings.ofOrganization(staff.organizationId(), start, end);
        Map<String, List<Integer>> months = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m.toString(), new ArrayList<>());
        }
        rows.forEach(r -> months.get(YearMonth.from(r.ratedAt().atZone(zone)).toString()).add(r.score()));
        return new RatingSummary(averages(months), averages(grouped(rows, RatingRow::category)),
                averages(grouped(rows.stream().filter(r -> r.employeeName() != null).toList(), RatingRow::employeeName)),
                average("", rows.stream().map(RatingRow::score).toList()));
    }

    private Appeal ownAppeal(Viewer customer, long appealId) {
        if (customer.role() != Role.CUSTOMER) {
            throw new AccessDeniedException(AppealAccess.NO_SUCH_APPEAL);
        }
        return appeals.visible(customer, appealId);
    }

    private static Map<String, List<Integer>> grouped(List<RatingRow> rows, Function<RatingRow, String> key) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r.score()));
        return groups;
    }

    private static List<RatingAverage> averages(Map<String, List<Integer>> groups) {
        return groups.entrySet().stream().map(e -> average(e.getKey(), e.getValue())).toList();
    }

    private static RatingAverage average(String group, List<Integer> scores) {
        if (scores.isEmpty()) {
            return new RatingAverage(group, 0, null);
        }
        int sum = scores.stream().mapToInt(Integer::intValue).sum();
        return new RatingAverage(group, scores.size(), BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP));
    }
}
