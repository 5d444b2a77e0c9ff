package io.meterhub.cabinet.payments;

import java.util.List;

/**
 * One reason a payment was refused.
 *
 * @param line       the index of the offending line in the request, or -1 for the whole payment
 * @param messageKey a key of {@code payments-messages.properties}
 * @param arguments  the arguments of the message, in order
 */
public record PaymentProblem(int line, String messageKey, List<Object> arguments) {
    public PaymentProblem {
        arguments = List.copyOf(arguments);
    }

    public static PaymentProblem of(int line, String messageKey, Object... arguments) {
        return new PaymentProblem(line, messageKey, List.of(arguments));
    }
}
