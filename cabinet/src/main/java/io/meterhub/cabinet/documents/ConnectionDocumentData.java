package io.meterhub.cabinet.documents;

import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.connectionfee.FeeBreakdown;
import io.meterhub.cabinet.connectionfee.VoltageLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the technical conditions, the invoice and the contract of one connection application say.
 *
 * @param applicantName       the applicant's full name or company name, as on the application
 * @param cadastralNumber     the plot's cadastral number, for example {@code 63:01:0101001:123}; null when not given
 * @param alreadyConnectedKw  null or 0 for a new connection
 * @param reliabilityCategory {@code I}, {@code II} or {@code III}
 * @param connectionKind      for example «постоянное» or «временное», as the application says
 * @param supplierName        the guaranteeing supplier the applicant will buy energy from; null when not chosen yet
 * @param fee                 the fee as calculated for the application
 */
public record ConnectionDocumentData(String applicationNumber, LocalDate applicationDate, String applicantName, ApplicantCategory applicantCategory,
                                     String objectAddress, String cadastralNumber, BigDecimal maxPowerKw, BigDecimal alreadyConnectedKw,
                                     VoltageLevel voltage, String reliabilityCategory, String connectionKind, String organizationName,
                                     String organizationInn, String supplierName, FeeBreakdown fee) {
    public ConnectionDocumentData {
        Objects.requireNonNull(applicationNumber, "applicationNumber");
        Objects.requireNonNull(applicationDate, "applicationDate");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(applicantCategory, "applicantCategory");
        Objects.requireNonNull(maxPowerKw, "maxPowerKw");
        Objects.requireNonNull(voltage, "voltage");
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(fee, "fee");
    }
}
