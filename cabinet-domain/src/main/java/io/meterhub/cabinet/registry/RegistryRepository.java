package io.meterhub.cabinet.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Controllers, meters and replacements of one organization. Every write to {@code meter} fires the
 * trigger of migration V13 ({@code NOTIFY meter_registry_changed}) when it commits, so the running
 * pipeline reads the registry again and replays the held readings of a meter registered here.
 */
public interface RegistryRepository {
    /** A page of the organization's controllers matching the text (id, description, host), by id. */
    List<ControllerRow> controllers(String organizationId, String text, int offset, int limit);

    long countControllers(String organizationId, String text);

    Optional<ControllerRow> controller(String id);

    /** Inserts a controller; false when the id is taken (by any organization: it is the broker user name). */
    boolean createController(ControllerRow c);

    /** Replaces the controller's broker password hash: the previous one stops logging in. */
    void setPasswordHash(String controllerId, String hash, Instant at, boolean rotation);

    /** {@code user:hash} lines of the organization's controllers that hold a password, for a Mosquitto password file. */
    List<String> passwordFileLines(String organizationId);

    /** The ids of the meters in service that report through the controller. */
    List<String> meterIdsOf(String controllerId);

    /** A page of the organization's meters matching the text (id, number, serial, controller, account, object), in service first. */
    List<MeterRow> meters(String organizationId, String text, int offset, int limit);

    long countMeters(String organizationId, String text);

    /**
     * Up to {@code limit} meters of these organizations after the id {@code afterId} (null: from the first), by id, only those of the
     * controller when it is given (the integration API's cursor pages).
     */
    List<MeterRow> metersAfter(List<String> organizationIds, String controllerId, String afterId, int limit);

    /** Up to {@code limit} controllers of these organizations after the id {@code afterId} (null: from the first), by id. */
    List<ControllerRow> controllersAfter(List<String> organizationIds, String afterId, int limit);

    /** Writes a controller's description and Modbus settings; its id, organization, protocol and broker password stay. */
    void updateController(ControllerRow c);

    Optional<MeterRow> meter(String id);

    /** The id of the organization's account with this number. */
    Optional<Long> accountId(String organizationId, String accountNumber);

    /** Whether another meter of the organization already has this number. */
    boolean numberTaken(String organizationId, String number, String exceptMeterId);

    /** Inserts a meter; false when the id is taken. */
    boolean createMeter(MeterRow m);

    /** Writes every field of the meter but its id and organization. */
    void updateMeter(MeterRow m);

    /**
     * Takes the old meter out of service and puts the new one in, with the replacement's values, in
     * one transaction; false (and nothing written) when the new meter's id is taken.
     */
    boolean replace(ReplacementRow replacement, MeterRow newMeter, LocalDate removedOn);

    /** The replacements the meter took part in, as the old or the new one, newest first. */
    List<ReplacementRow> replacements(String meterId);
}
