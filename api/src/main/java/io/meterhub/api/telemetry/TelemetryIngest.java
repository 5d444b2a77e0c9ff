package io.meterhub.api.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.api.http.Answer;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.protocols.telemetry.DecodedUplink;
import io.meterhub.protocols.telemetry.Rejection;
import io.meterhub.protocols.telemetry.TelemetryCodec;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/telemetry}: one document or an array. Each document goes to its controller's
 * uplink topic as it was sent (the pipeline decodes it again, quarantines its bad items with the raw
 * payload, and keeps its valid ones), after the pipeline's decoder has said what it will refuse, so
 * that the answer lists it. A document is not published when the pipeline could take nothing of it,
 * or its controller is not the caller's organization's.
 */
public final class TelemetryIngest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A controller id is one topic level (and a broker user name): as the registry requires it. */
    private static final Pattern CONTROLLER = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Duration ACKNOWLEDGEMENT = Duration.ofSeconds(30);
    private final Function<String, Optional<String>> organizationOfController;
    private final BrokerPublisher broker;
    private final int maxDocumentBytes;
    private final TelemetryCodec codec = new TelemetryCodec();

    /**
     * @param organizationOfController the organization a registered controller belongs to
     * @param maxDocumentBytes         the largest document the pipeline decodes (MH_MAX_DOCUMENT_BYTES)
     */
    public TelemetryIngest(Function<String, Optional<String>> organizationOfController, BrokerPublisher broker, int maxDocumentBytes) {
        this.organizationOfController = organizationOfController;
        this.broker = broker;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    public Answer ingest(String organizationId, byte[] body) {
        return ingest(List.of(organizationId), body);
    }

    /** @param organizations the organizations whose controllers the caller may publish for (its own and, when granted, those below) */
    public Answer ingest(java.util.Collection<String> organizations, byte[] body) {
        JsonNode root = parse(body);
        boolean many = root.isArray();
        List<JsonNode> documents = new ArrayList<>();
        if (many) {
            root.forEach(documents::add);
        } else {
            documents.add(root);
        }
        List<FieldError> refused = new ArrayList<>();
        List<BrokerPublisher.Outgoing> outgoing = new ArrayList<>();
        List<TelemetryAnswer.Accepted> candidates = new ArrayList<>();
        Map<String, Boolean> ours = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            String at = many ? "#/" + i : "#";
            byte[] payload = many ? bytes(documents.get(i)) : body;
            Optional<String> problem = documentProblem(documents.get(i), payload, organizations, ours);
            if (problem.isPresent()) {
                refused.add(FieldError.at(at, problem.get()));
                continue;
            }
            DecodedUplink decoded = codec.decode(payload);
            List<FieldError> items = decoded.rejections().stream().map(r -> item(at, r)).toList();
            if (decoded.readings().isEmpty() && decoded.events().isEmpty() && decoded.intervals().isEmpty()) {
                refused.add(FieldError.at(at, "the document holds no valid reading, event or interval; it was not published"));
                refused.addAll(items);
                continue;
            }
            refused.addAll(items);
            String controller = documents.get(i).get("controller").asText();
            outgoing.add(new BrokerPublisher.Outgoing(controller, payload));
            candidates.add(new TelemetryAnswer.Accepted(i, controller, decoded.readings().size(), decoded.events().size(),
                    decoded.intervals().size()));
        }
        List<TelemetryAnswer.Accepted> accepted = new ArrayList<>();
        List<String> outcomes = outgoing.isEmpty() ? List.of() : broker.publishAll(outgoing, ACKNOWLEDGEMENT);
        for (int i = 0; i < outcomes.size(); i++) {
            TelemetryAnswer.Accepted candidate = candidates.get(i);
            if (outcomes.get(i) == null) {
                accepted.add(candidate);
            } else {
                refused.add(FieldError.at(many ? "#/" + candidate.index() : "#", outcomes.get(i) + "; send it again"));
            }
        }
        if (accepted.isEmpty()) {
            throw new ProblemException(Problems.nothingAccepted(refused));
        }
        return Answer.json(202, new TelemetryAnswer(accepted, refused));
    }

    private Optional<String> documentProblem(JsonNode document, byte[] payload, java.util.Collection<String> organizations,
                                             Map<String, Boolean> ours) {
        JsonNode controller = document.get("controller");
        if (controller == null || !controller.isTextual() || !CONTROLLER.matcher(controller.asText()).matches()) {
            return Optional.of("\"controller\" must name the controller whose topic the document goes to: 1 to 64 letters, digits,"
                    + " '_', '.', '-'");
        }
        boolean own = ours.computeIfAbsent(controller.asText(),
                id -> organizationOfController.apply(id).map(organizations::contains).orElse(false));
        if (!own) {
            // the same words for a controller of another organization as for none: a key learns nothing of others
            return Optional.of("no controller " + controller.asText() + " in your organization; register it first");
        }
        if (payload.length > maxDocumentBytes) {
            return Optional.of("the document is " + payload.length + " bytes; the pipeline decodes documents of at most " + maxDocumentBytes
                    + " bytes: split it");
        }
        return Optional.empty();
    }

    private static FieldError item(String documentPointer, Rejection rejection) {
        String pointer = rejection.pointer().isEmpty() ? documentPointer : documentPointer + rejection.pointer();
        return FieldError.at(pointer, rejection.reason());
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            // the router has parsed this body already; a failure here is a bug, not the client's
            throw new IllegalStateException("a validated body is not JSON", e);
        }
    }

    private static byte[] bytes(JsonNode document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new IllegalStateException("a parsed document cannot be written again", e);
        }
    }
}
