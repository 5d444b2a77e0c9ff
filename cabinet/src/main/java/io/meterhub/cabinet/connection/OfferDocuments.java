package io.meterhub.cabinet.connection;

import java.math.BigDecimal;

/**
 * Makes the offer: the fee and the invoice and contract PDFs. The one call into the fee calculator
 * and the document templates, kept behind this interface so the workflow does not depend on how
 * they are made.
 */
public interface OfferDocuments {

    Offer make(OfferFacts facts);

    /** Technical conditions from the template, for staff to check and upload (a grid company may write its own). */
    byte[] technicalConditions(OfferFacts facts);

    /** @param fee rubles with kopecks */
    record Offer(BigDecimal fee, byte[] invoicePdf, byte[] contractPdf) {
    }
}
