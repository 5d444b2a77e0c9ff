package io.meterhub.cabinet.ratings;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.appeals.Appeal;
import io.meterhub.cabinet.appeals.AppealAccess;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.visits.Visit;
import io.meterhub.cabinet.visits.VisitAccess;
import io.meterhub.cabinet.visits.VisitStatus;

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
 * The customer rates an answered appeal or a held visit once, 1 to 5 with an optional comment; the staff of the appeals
 * module read the averages. Only its own customer rates it (anyone else is told there is no such appeal or visit).
 */
public final class ServiceRatings {
    public static final String SCORE_INVALID = "ratings.score_invalid";
    public static final String ALREADY_RATED = "ratings.already_rated";
    public static final String NOT_YET = "ratings.not_yet";
    public static final String VISIT_NOT_HELD = "ratings.visit_not_held";
    public static final String COMMENT_TOO_LONG = "ratings.comment_too_long";
    public static final String PERIOD_INVALID = "ratings.period_invalid";
    public static final int MAX_COMMENT = 1000;
    public static final int MAX_MONTHS = 36;

    private final RatingRepository ratings;
    private final AppealAccess appeals;
    private final VisitAccess visits;
    private final AccountRepository organizations;
    private final Clock clock;

    public ServiceRatings(RatingRepository ratings, AppealAccess appeals, VisitAccess visits, AccountRepository organizations, Clock clock) {
        this.ratings = ratings;
        this.appeals = appeals;
        this.visits = visits;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The customer's rating of their appeal, once it is answered (or closed after the answer). */
    public Rating rateAppeal(Viewer customer, long appealId, int score, String comment) {
        Appeal appeal = ownAppeal(customer, appealId);
        if (appeal.answeredAt() == null) {
            throw new ValidationException(NOT_YET);
        }
        return rate(customer, RatedKind.APPEAL, appealId, appeal.organizationId(), appeal.assigneeUserId(), appeal.category().name(), score, comment);
    }

    /** The customer's rating of their visit, once staff marked it held; the employee is who marked it. */
    public Rating rateVisit(Viewer customer, long visitId, int score, String comment) {
        Visit visit = ownVisit(customer, visitId);
        if (visit.status() != VisitStatus.HELD) {
            throw new ValidationException(VISIT_NOT_HELD);
        }
        return rate(customer, RatedKind.VISIT, visitId, visit.organizationId(), visit.markedBy(), visit.topic().name(), score, comment);
    }

    public Optional<Rating> ofVisit(Viewer viewer, long visitId) {
        visits.visible(viewer, visitId);
        return ratings.of(RatedKind.VISIT.name(), visitId).map(Rating::of);
    }

    private Rating rate(Viewer customer, RatedKind kind, long subjectId, String organizationId, Long employee, String category, int score,
                        String comment) {
        if (score < 1 || score > 5) {
            throw new ValidationException(SCORE_INVALID);
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > MAX_COMMENT) {
            throw new ValidationException(COMMENT_TOO_LONG, MAX_COMMENT);
        }
        RatingRow row = new RatingRow(0, kind.name(), subjectId, organizationId, customer.userId(), employee, null, category, score,
                text.isEmpty() ? null : text, clock.instant());
        if (!ratings.addOnce(row)) {
            throw new ValidationException(ALREADY_RATED);
        }
        return ratings.of(kind.name(), subjectId).map(Rating::of).orElseThrow();
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

    private Visit ownVisit(Viewer customer, long visitId) {
        if (customer.role() != Role.CUSTOMER) {
            throw new AccessDeniedException(VisitAccess.NO_SUCH_VISIT);
        }
        return visits.visible(customer, visitId);
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
