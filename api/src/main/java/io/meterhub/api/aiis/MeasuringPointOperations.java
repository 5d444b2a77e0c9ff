package io.meterhub.api.aiis;

import io.meterhub.api.http.ActingFor;
import com.fasterxml.jackson.databind.JsonNode;
import io.meterhub.api.http.Answer;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.registry.BulkAnswer;
import io.meterhub.cabinet.aiis.AiisRepository;
import io.meterhub.cabinet.aiis.MeasuringPoint;
import io.meterhub.protocols.telemetry.IntervalEnergy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET} and {@code PUT /api/v1/measuring-points}: which meter register each channel of an
 * АИИС КУЭ measuring point measures. A channel's register defaults by its code: 01 active import
 * (1.8.0), 02 active export (2.8.0), 03 reactive import (3.8.0), 04 reactive export (4.8.0).
 */
public final class MeasuringPointOperations {
    static final Map<String, String> DEFAULT_REGISTERS = Map.of("01", "1.8.0", "02", "2.8.0", "03", "3.8.0", "04", "4.8.0");
    private final AiisRepository repository;

    public MeasuringPointOperations(AiisRepository repository) {
        this.repository = repository;
    }

    public Answer list(ApiRequest request) {
        int limit = request.query("limit").map(Integer::parseInt).orElse(100);
        String[] after = request.query("cursor").map(MeasuringPointOperations::after).orElse(new String[] {null, null});
        List<MeasuringPoint> points = new ArrayList<>(repository.measuringPoints(ActingFor.one(request), after[0], after[1], limit + 1));
        boolean more = points.size() > limit;
        List<MeasuringPoint> page = more ? points.subList(0, limit) : points;
        String next = more ? cursor(page.get(page.size() - 1)) : null;
        return Answer.json(200, new Page(page.stream().map(p -> new Item(p.code(), p.channel(), p.meterId(), p.obis(), p.name())).toList(), next));
    }

    public Answer upsert(ApiRequest request) throws IOException {
        JsonNode items = Answer.JSON.readTree(request.body()).get("items");
        String organization = ActingFor.one(request);
        List<BulkAnswer.Accepted> accepted = new ArrayList<>();
        List<BulkAnswer.Refused> refused = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "#/items/" + i;
            String code = item.get("code").asText();
            String channel = item.get("channel").asText();
            String meter = item.get("meter").asText();
            String register = item.hasNonNull("register") ? item.get("register").asText() : DEFAULT_REGISTERS.get(channel);
            String name = item.hasNonNull("name") ? item.get("name").asText() : null;
            List<FieldError> errors = new ArrayList<>();
            if (register == null) {
                errors.add(FieldError.at(at + "/register", "channel " + channel + " has no default register: name one of 1.8.0, 2.8.0, 3.8.0, 4.8.0"));
            } else if (!IntervalEnergy.REGISTERS.contains(register)) {
                errors.add(FieldError.at(at + "/register", "a channel measures one of 1.8.0, 2.8.0, 3.8.0, 4.8.0, not " + register));
            }
            if (!repository.ownsMeter(organization, meter)) {
                errors.add(FieldError.at(at + "/meter", "no meter " + meter + " in your organization; register it first"));
            }
            if (errors.isEmpty()) {
                Optional<String> result = repository.upsertMeasuringPoint(organization, new MeasuringPoint(code, channel, meter, register, name, null));
                if (result.isPresent()) {
                    accepted.add(new BulkAnswer.Accepted(i, code + "/" + channel, result.get()));
                    continue;
                }
                errors.add(FieldError.at(at + "/register", "register " + register + " of meter " + meter
                        + " is measured by another point or channel already: one register, one channel"));
            }
            refused.add(new BulkAnswer.Refused(i, code + "/" + channel, errors));
        }
        return Answer.json(200, new BulkAnswer(accepted, refused));
    }

    private static String cursor(MeasuringPoint last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((last.code() + "\n" + last.channel()).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] after(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 2);
            if (parts.length == 2) {
                return parts;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new io.meterhub.api.problem.ProblemException(io.meterhub.api.problem.Problems.invalid("the cursor is not one this API gave",
                List.of(FieldError.parameter("cursor", "pass the nextCursor of the previous page as it is"))));
    }

    public record Item(String code, String channel, String meter, String register, String name) {
    }

    public record Page(List<Item> items, String nextCursor) {
    }
}
