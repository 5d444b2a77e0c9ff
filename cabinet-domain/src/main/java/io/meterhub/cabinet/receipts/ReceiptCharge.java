package io.meterhub.cabinet.receipts;

import java.math.BigDecimal;
import java.util.List;

/** A CHARGE or ADJUSTMENT entry of the month with its lines (none for a loaded or fixed charge). */
public record ReceiptCharge(long entryId, String kind, String serviceCode, String serviceNameRu, String serviceNameEn,
                            String unit, BigDecimal amount, String description, List<ReceiptChargeLine> lines) {
    public ReceiptCharge {
        lines = List.copyOf(lines);
    }
}
