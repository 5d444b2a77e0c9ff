package io.meterhub.api.registry;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.api.http.Answer;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.api.telemetry.BrokerPublisher;
import io.meterhub.api.telemetry.UplinkDocuments;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.registry.Meter;
import io.meterhub.cabinet.registry.MeterForm;
import io.meterhub.cabinet.registry.MeterReplacement;
import io.meterhub.cabinet.registry.Owned;
import io.meterhub.cabinet.registry.RegistryIntegration;
import io.meterhub.cabinet.registry.Replacement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v1/meters/{id}/replacement}: the registry's meter replacement (the control panel's, with its rules and
 * its one transaction), then the old meter's final values and the new one's initial values published to the pipeline
 * as readings at the moment of the swap. The pipeline sees two meters, each with its own series: the old one's ends at its
 * final values (its consumption up to the swap is whole), the new one's starts at its initial values, so no register
 * ever seems to go down and the new meter's first hour counts from its initial values, not from zero.
 */
public final class ReplacementOperation {
    private static final Logger LOG = LoggerFactory.getLogger(ReplacementOperation.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Duration ACKNOWLEDGEMENT = Duration.ofSeconds(30);
    /** The replacement's own fields; the others are the new meter's, under {@code newMeter}. */
    private static final Set<String> OWN_FIELDS = Set.of("replacedAt", "finalValues", "initialValues", "reason");
    private final RegistryIntegration registry;
    private final BrokerPublisher broker;
    private final Clock clock;

    public ReplacementOperation(RegistryIntegration registry, BrokerPublisher broker, Clock clock) {
        this.registry = registry;
        this.broker = broker;
        this.clock = clock;
    }

    /** The answer: the recorded replacement, and whether its values reached the broker. */
    public record ReplacementAnswer(String organization, long id, String oldMeterId, String newMeterId, Instant replacedAt,
                                    Map<String, BigDecimal> finalValues, Map<String, BigDecimal> initialValues, String reason,
                                    boolean readingsPublished, String readingsDetail) {
    }

    public Answer replace(ApiRequest request) throws IOException {
        String oldId = request.query("id").orElseThrow();
        Owned<Meter> old = registry.meter(request.caller().organizations(), oldId)
                .orElseThrow(() -> new ProblemException(Problems.notFound("/api/v1/meters/" + oldId)));
        JsonNode body = JSON.readTree(request.body());
        List<FieldError> errors = new ArrayList<>();
        MeterForm newMeter = MeterOperations.form(body.get("newMeter"), "#/newMeter", errors);
        Instant replacedAt = instant(body, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problems.invalid("the replacement's dates do not follow the contract", errors));
        }
        Replacement replacement = new Replacement(oldId, newMeter, replacedAt, values(body.get("finalValues")), values(body.get("initialValues")),
                ItemFields.text(body, "reason"));
        MeterReplacement recorded;
        try {
            recorded = registry.replaceMeter(old.organizationId(), request.caller().key().actor(), replacement);
        } catch (InvalidFieldsException e) {
            throw new ProblemException(Problems.nothingAccepted(e.problems().stream()
                    .map(p -> FieldError.at((OWN_FIELDS.contains(p.field()) ? "#/" : "#/newMeter/") + p.field(), p.message(Locale.ROOT)))
                    .toList()));
        } catch (ValidationException e) {
            // the old meter is the caller's (looked up above): what is left is a meter replaced already
            throw new ProblemException(Problems.nothingAccepted(List.of(FieldError.parameter("id", e.message(Locale.ROOT)))));
        }
        String published = publish(old, registry.meter(List.of(old.organizationId()), recorded.newMeterId()).orElseThrow(), recorded);
        return Answer.json(201, new ReplacementAnswer(old.organizationId(), recorded.id(), recorded.oldMeterId(), recorded.newMeterId(),
                recorded.replacedAt(), recorded.finalValues(), recorded.initialValues(), recorded.reason(), published == null,
                published == null ? "the final and initial values were published to the pipeline" : published));
    }

    /** Null when the broker took both readings; otherwise why not (the replacement stands: it is recorded with its values). */
    private String publish(Owned<Meter> old, Owned<Meter> installed, MeterReplacement recorded) {
        Instant sent = clock.instant();
        List<BrokerPublisher.Outgoing> documents = List.of(
                new BrokerPublisher.Outgoing(old.item().controllerId(), UplinkDocuments.of(old.item().controllerId(), sent,
                        List.of(new UplinkDocuments.Reading(old.item().id(), recorded.replacedAt(), recorded.finalValues())))),
                new BrokerPublisher.Outgoing(installed.item().controllerId(), UplinkDocuments.of(installed.item().controllerId(), sent,
                        List.of(new UplinkDocuments.Reading(installed.item().id(), recorded.replacedAt(), recorded.initialValues())))));
        try {
            List<String> outcomes = broker.publishAll(documents, ACKNOWLEDGEMENT);
            String failed = outcomes.stream().filter(o -> o != null).findFirst().orElse(null);
            if (failed != null) {
                LOG.warn("replacement {} of meter {} recorded, its values not published: {}", recorded.id(), recorded.oldMeterId(), failed);
            }
            return failed == null ? null : failed + "; send them as telemetry (POST /api/v1/telemetry)";
        } catch (ProblemException e) {
            LOG.warn("replacement {} of meter {} recorded, its values not published: {}", recorded.id(), recorded.oldMeterId(),
                    e.problem().detail());
            return e.problem().detail() + "; the replacement is recorded, send its values as telemetry (POST /api/v1/telemetry)";
        }
    }

    private static Instant instant(JsonNode body, List<FieldError> errors) {
        String text = ItemFields.text(body, "replacedAt");
        try {
            return text == null ? null : java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(FieldError.at("#/replacedAt", "\"" + text + "\" is not a time of the form 2026-11-23T10:15:00+03:00"));
            return null;
        }
    }

    private static Map<String, BigDecimal> values(JsonNode values) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        if (values != null && values.isObject()) {
            values.fields().forEachRemaining(v -> map.put(v.getKey(), v.getValue().decimalValue()));
        }
        return map;
    }
}
