package io.meterhub.cabinet.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Organizations, customers, accounts, their services and meters. */
public interface AccountRepository {
    Optional<OrganizationRow> organization(String id);

    /** Creates the organization or updates its calendar, requisites and window. */
    void saveOrganization(OrganizationRow o);

    long createCustomer(Long userId, String kind, String fullName, String snils, String inn, String phone, String email);

    Optional<CustomerRow> customer(long id);

    long createAccount(String number, String organizationId, long holderId, String address, LocalDate openedOn);

    void addService(long accountId, String serviceCode);

    long createMeter(long accountId, String serviceCode, String serial, String model, int zones, int digits, int decimals,
                            String telemetryMeterId, LocalDate installedOn);

    Optional<AccountRow> account(long id);

    Optional<AccountRow> accountByNumber(String organizationId, String number);

    /** The accounts the user holds: their customer's, and those they attached; not those delegated to them. */
    List<AccountRow> accountsOfUser(long userId);

    List<AccountRow> accountsOfOrganization(String organizationId);

    Optional<AccountMeterRow> meter(long id);

    List<AccountMeterRow> metersOfAccount(long accountId);

    /** The account meters a telemetry meter was ever installed as, newest installation first. */
    List<AccountMeterRow> metersOfTelemetry(String telemetryMeterId);

    /** The services an account is charged for, metered or fixed. */
    List<ServiceRow> servicesOfAccount(long accountId);

    Optional<ServiceRow> service(String code);

    List<ServiceRow> services();

    void confirmReplacement(long meterId, long operatorUserId, Instant at);

    /** The days of the month readings of this service are taken when the organization set them apart from its own window. */
    Optional<ServiceWindowRow> serviceWindow(String organizationId, String serviceCode);
}
