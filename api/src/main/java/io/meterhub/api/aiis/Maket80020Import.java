package io.meterhub.api.aiis;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.meterhub.api.http.Answer;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.Problem;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.api.telemetry.BrokerPublisher;
import io.meterhub.cabinet.aiis.AiisRepository;
import io.meterhub.cabinet.aiis.MeasuringPoint;
import io.meterhub.protocols.telemetry.IntervalEnergy;
import io.meterhub.protocols.telemetry.TelemetryCodec;
import io.meterhub.protocols.telemetry.UplinkDocument;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code POST /api/v1/telemetry/80020}: an 80020 file becomes interval energy documents of contract
 * v1, published to the uplink topics of the points' meters' controllers at QoS 1, exactly as a
 * controller's own uplinks; the pipeline sums the intervals into hourly consumption. The answer
 * comes once the broker has acknowledged every document. A file of another organization (its
 * sender INN is not the caller's, nor are its areas') is refused whole; a file already taken in
 * (the same sender INN, day and number) is answered as the repeat it is and publishes nothing.
 */
public final class Maket80020Import {
    /** Intervals per published document: a few hundred kB, well under the pipeline's 1 MiB. */
    static final int INTERVALS_PER_DOCUMENT = 2_000;
    /** The topic of meters whose controller the registry does not name: the pipeline accepts them on any. */
    static final String NO_CONTROLLER_TOPIC = "aiis-80020";
    private static final Duration ACKNOWLEDGEMENT = Duration.ofSeconds(30);
    private final AiisRepository repository;
    private final Function<String, Optional<String>> innOfOrganization;
    private final BrokerPublisher broker;
    private final Maket80020Reader reader = new Maket80020Reader();
    private final TelemetryCodec codec = new TelemetryCodec();

    public Maket80020Import(AiisRepository repository, Function<String, Optional<String>> innOfOrganization, BrokerPublisher broker) {
        this.repository = repository;
        this.innOfOrganization = innOfOrganization;
        this.broker = broker;
    }

    public Answer ingest(String organizationId, byte[] body) {
        Maket80020 file = reader.read(body);
        String inn = innOfOrganization.apply(organizationId).filter(s -> !s.isBlank()).orElseThrow(() -> new ProblemException(
                Problem.of("no-inn", "Your organization has no INN", 422, "an 80020 file is matched to its sender by INN; set the"
                        + " organization's INN in the control panel first")));
        if (!inn.equals(file.senderInn()) && !file.areas().stream().allMatch(area -> inn.equals(area.inn()))) {
            throw new ProblemException(Problem.of("another-organization", "The file is another organization's", 422,
                    "the sender INN " + file.senderInn() + " (and the areas' INN) is not your organization's INN " + inn
                            + "; nothing was published").withErrors(List.of(FieldError.at("#/sender/inn", "not your organization's INN"))));
        }
        Optional<String> first = repository.fileAnswer(organizationId, file.senderInn(), file.day(), file.number());
        if (first.isPresent()) {
            return new Answer(200, "application/json", withRepeat(first.get()), Map.of());
        }
        Map<String, MeasuringPoint> points = new LinkedHashMap<>();
        for (Maket80020.Area area : file.areas()) {
            for (Maket80020.Point point : area.points()) {
                repository.measuringPoint(organizationId, point.code()).forEach(p -> points.put(p.code() + "|" + p.channel(), p));
            }
        }
        Maket80020Intervals intervals = Maket80020Intervals.of(file, points);
        Map<String, List<IntervalEnergy>> byController = new LinkedHashMap<>();
        for (Maket80020Intervals.Mapped mapped : intervals.mapped()) {
            String controller = mapped.point().controllerId() == null ? NO_CONTROLLER_TOPIC : mapped.point().controllerId();
            byController.computeIfAbsent(controller, c -> new ArrayList<>()).addAll(mapped.intervals());
        }
        List<BrokerPublisher.Outgoing> outgoing = new ArrayList<>();
        long sent = System.currentTimeMillis();
        byController.forEach((controller, list) -> {
            for (int from = 0; from < list.size(); from += INTERVALS_PER_DOCUMENT) {
                List<IntervalEnergy> part = list.subList(from, Math.min(list.size(), from + INTERVALS_PER_DOCUMENT));
                outgoing.add(new BrokerPublisher.Outgoing(controller, codec.encode(new UplinkDocument(controller, file.number(), sent,
                        List.of(), List.of(), part))));
            }
        });
        if (outgoing.isEmpty()) {
            throw new ProblemException(Problems.nothingAccepted(intervals.refused()));
        }
        for (String failure : broker.publishAll(outgoing, ACKNOWLEDGEMENT)) {
            if (failure != null) {
                throw new ProblemException(Problems.unavailable(failure + "; nothing of this file may be assumed delivered, send it again"));
            }
        }
        Maket80020Answer answer = new Maket80020Answer(file.fileName(), file.senderInn(), file.day().toString(), file.number(), false,
                intervals.receiptStatus(), intervals.mapped().stream().map(Maket80020Intervals.Mapped::summary).toList(), intervals.refused());
        byte[] json = Answer.json(202, answer).body();
        repository.recordFile(organizationId, file.senderInn(), file.day(), file.number(), new String(json, java.nio.charset.StandardCharsets.UTF_8));
        return new Answer(202, "application/json", json, Map.of());
    }

    private static byte[] withRepeat(String firstAnswer) {
        try {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) Answer.JSON.readTree(firstAnswer);
            node.put("repeat", true);
            return Answer.JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored 80020 answer is not JSON", e);
        }
    }
}
