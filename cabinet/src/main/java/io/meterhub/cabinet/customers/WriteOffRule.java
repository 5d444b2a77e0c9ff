package io.meterhub.cabinet.customers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * From which amount a write-off (a correction that lowers a debt) needs a second person, read by {@link #fromEnvironment}
 * from {@code MH_WRITE_OFF_SECOND_PERSON_FROM} in rubles (default 10 000.00): one operator may forgive a small error alone,
 * while a large sum needs the four-eyes rule auditors of a utility expect.
 */
public record WriteOffRule(BigDecimal secondPersonFrom) {
    public static final String VARIABLE = "MH_WRITE_OFF_SECOND_PERSON_FROM";
    public static final List<String> VARIABLES = List.of(VARIABLE);
    public static final WriteOffRule DEFAULT = new WriteOffRule(new BigDecimal("10000.00"));

    public WriteOffRule {
        if (secondPersonFrom == null || secondPersonFrom.signum() <= 0 || secondPersonFrom.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(VARIABLE + " must be a positive amount in rubles with at most two decimals, got " + secondPersonFrom);
        }
    }

    public static WriteOffRule fromEnvironment(Map<String, String> env) {
        String text = env.get(VARIABLE);
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        try {
            return new WriteOffRule(new BigDecimal(text.trim().replace(',', '.').replace(" ", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(VARIABLE + " must be an amount in rubles such as 10000.00, got \"" + text + "\"");
        }
    }

    /** A correction lowering the debt by this threshold or more. */
    public boolean needsSecondPerson(BigDecimal amount) {
        return amount.signum() < 0 && amount.negate().compareTo(secondPersonFrom) >= 0;
    }
}
