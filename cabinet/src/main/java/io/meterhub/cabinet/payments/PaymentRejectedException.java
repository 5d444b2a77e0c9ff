package io.meterhub.cabinet.payments;

import java.util.List;
import java.util.stream.Collectors;

/** A payment that cannot start, with every reason found; nothing was written. */
public class PaymentRejectedException extends RuntimeException {
    private final List<PaymentProblem> problems;

    public PaymentRejectedException(List<PaymentProblem> problems) {
        super(problems.stream().map(p -> (p.line() >= 0 ? "line " + p.line() + ": " : "") + p.messageKey() + p.arguments())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<PaymentProblem> problems() {
        return problems;
    }

    public List<String> messageKeys() {
        return problems.stream().map(PaymentProblem::messageKey).toList();
    }
}
