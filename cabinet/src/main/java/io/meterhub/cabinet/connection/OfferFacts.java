package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.connectionfee.VoltageLevel;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the offer's fee and documents are made from: the submitted application, whole (these documents carry the real data). */
public record OfferFacts(long applicationId, String number, LocalDate submittedOn, LocalDate offeredOn, String organizationId,
                         String organizationName, String organizationInn, ApplicantCategory category, String applicantName,
                         String address, String cadastralNumber, BigDecimal maxPowerKw, BigDecimal alreadyConnectedKw,
                         VoltageLevel voltage, ReliabilityCategory reliability, ConnectionKind connectionKind, String supplierName) {
    @Override
    public String toString() {
        return "OfferFacts[" + number + "]";
    }
}
