package io.meterhub.api.aiis;

import io.meterhub.api.problem.FieldError;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to an 80020 file.
 *
 * @param repeat        the file (sender INN, day, number) was taken in before: this is the first answer, nothing was published
 * @param receiptStatus the status an 80021 receipt would carry: 0 accepted, 1 accepted with non-commercial values,
 *                      2 some channels unknown here
 */
public record Maket80020Answer(String file, String senderInn, String day, long number, boolean repeat, int receiptStatus,
                               List<Channel> accepted, List<FieldError> refused) {

    /**
     * A channel taken in.
     *
     * @param energy        the sum of its intervals, kWh or kvarh, exact
     * @param nonCommercial intervals with {@code status="1"}: counted, but not usable in settlements
     */
    public record Channel(String point, String channel, String meter, String register, int intervals, BigDecimal energy, int nonCommercial) {
    }
}
