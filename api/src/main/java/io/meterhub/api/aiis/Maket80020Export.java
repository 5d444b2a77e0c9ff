package io.meterhub.api.aiis;

import io.meterhub.api.http.ActingFor;
import io.meterhub.api.http.Answer;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.Problem;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.cabinet.aiis.AiisRepository;
import io.meterhub.cabinet.aiis.MeasuringPoint;
import io.meterhub.cabinet.aiis.StoredInterval;
import io.meterhub.cabinet.organizations.OrganizationProfileRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code GET /api/v1/telemetry/80020?point=CODE&day=YYYY-MM-DD}: a day of a measuring point as an
 * 80020 file for the wholesale market, in windows-1251 with CRLF lines, Moscow time (a fixed UTC+3,
 * {@code timezone="1"}), 48 half hours per channel. A half hour's energy comes from the stored
 * intervals (split by time when they are not half hours); a channel whose register has no interval
 * in it but hourly consumption (a meter reporting a cumulative register) gets half of the hour;
 * a half hour with neither is written 0 with {@code status="1"}, as is one holding a
 * non-commercial interval. Values are whole kWh (kvarh) rounded with carry-over of the remainder
 * within the day and channel, so the day's sum stays within half a unit of the true one.
 */
public final class Maket80020Export {
    private static final String CRLF = "\r\n";
    private static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Map<String, String> DESCRIPTIONS = Map.of("01", "счетчик, акт. прием", "02", "счетчик, акт. отдача",
            "03", "счетчик, реак. прием", "04", "счетчик, реак. отдача");
    private final AiisRepository repository;
    private final Function<String, Optional<OrganizationProfileRow>> organizations;
    private final Clock clock;

    public Maket80020Export(AiisRepository repository, Function<String, Optional<OrganizationProfileRow>> organizations, Clock clock) {
        this.repository = repository;
        this.organizations = organizations;
        this.clock = clock;
    }

    public Answer export(ApiRequest request) {
        String organizationId = ActingFor.one(request);
        String code = request.query("point").orElseThrow();
        LocalDate day = LocalDate.parse(request.query("day").orElseThrow());
        long number = request.query("number").map(Long::parseLong).orElse(1L);
        List<MeasuringPoint> channels = repository.measuringPoint(organizationId, code);
        if (channels.isEmpty()) {
            throw new ProblemException(Problem.of("not-found", "No such resource", 404, "no measuring point " + code + " in your organization")
                    .withErrors(List.of(FieldError.parameter("point", "not a measuring point of your organization"))));
        }
        OrganizationProfileRow organization = organizations.apply(organizationId).orElseThrow();
        String inn = organization.inn() == null || organization.inn().isBlank() ? organizationId : organization.inn();
        String name = organization.legalName() == null || organization.legalName().isBlank() ? organization.name() : organization.legalName();
        String dayText = day.toString().replace("-", "");
        StringBuilder xml = new StringBuilder(8192);
        xml.append("<?xml version=\"1.0\" encoding=\"windows-1251\"?>").append(CRLF);
        xml.append("<message class=\"80020\" version=\"2\" number=\"").append(number).append("\">").append(CRLF);
        xml.append("  <datetime>").append(CRLF);
        xml.append("    <timestamp>").append(TIMESTAMP.format(clock.instant().atOffset(MOSCOW))).append("</timestamp>").append(CRLF);
        xml.append("    <daylightsavingtime>0</daylightsavingtime>").append(CRLF);
        xml.append("    <day>").append(dayText).append("</day>").append(CRLF);
        xml.append("  </datetime>").append(CRLF);
        xml.append("  <sender>").append(CRLF);
        xml.append("    <inn>").append(escape(inn)).append("</inn>").append(CRLF);
        xml.append("    <name>").append(escape(name)).append("</name>").append(CRLF);
        xml.append("  </sender>").append(CRLF);
        xml.append("  <area timezone=\"1\">").append(CRLF);
        xml.append("    <inn>").append(escape(inn)).append("</inn>").append(CRLF);
        xml.append("    <name>").append(escape(name)).append("</name>").append(CRLF);
        String pointName = channels.get(0).name() == null ? code : channels.get(0).name();
        xml.append("    <measuringpoint code=\"").append(escape(code)).append("\" name=\"").append(escape(pointName)).append("\">").append(CRLF);
        Instant dayStart = day.atStartOfDay().toInstant(MOSCOW);
        Instant dayEnd = dayStart.plus(Duration.ofDays(1));
        for (MeasuringPoint channel : channels) {
            xml.append("      <measuringchannel code=\"").append(escape(channel.channel())).append("\" desc=\"")
                    .append(escape(DESCRIPTIONS.getOrDefault(channel.channel(), channel.obis()))).append("\">").append(CRLF);
            // an interval that started before the day may still reach into it
            List<StoredInterval> intervals = repository.intervals(channel.meterId(), channel.obis(), dayStart.minus(Duration.ofDays(1)), dayEnd);
            Map<Instant, Double> hours = intervals.isEmpty() ? repository.hourly(channel.meterId(), channel.obis(), dayStart, dayEnd) : Map.of();
            CarryOverRounding rounding = new CarryOverRounding();
            for (int slot = 0; slot < 48; slot++) {
                Instant from = dayStart.plus(HALF_HOUR.multipliedBy(slot));
                Instant to = from.plus(HALF_HOUR);
                HalfHour half = intervals.isEmpty() ? fromHour(hours, from) : fromIntervals(intervals, from, to);
                xml.append("        <period start=\"").append(hhmm(slot)).append("\" end=\"").append(hhmm(slot + 1)).append("\"><value status=\"")
                        .append(half.commercial() ? 0 : 1).append("\">").append(rounding.next(half.energy())).append("</value></period>")
                        .append(CRLF);
            }
            xml.append("      </measuringchannel>").append(CRLF);
        }
        xml.append("    </measuringpoint>").append(CRLF);
        xml.append("  </area>").append(CRLF);
        xml.append("</message>").append(CRLF);
        String file = "80020_" + inn + "_" + dayText + "_" + number + ".xml";
        return new Answer(200, "application/xml; charset=windows-1251", windows1251(xml), Map.of("Content-Disposition",
                "attachment; filename=\"" + file + "\""));
    }

    private record HalfHour(BigDecimal energy, boolean commercial) {
    }

    private static HalfHour fromIntervals(List<StoredInterval> intervals, Instant from, Instant to) {
        BigDecimal energy = BigDecimal.ZERO;
        boolean commercial = true;
        long covered = 0;
        for (StoredInterval interval : intervals) {
            long overlap = Math.min(interval.end().toEpochMilli(), to.toEpochMilli()) - Math.max(interval.start().toEpochMilli(), from.toEpochMilli());
            if (overlap <= 0) {
                continue;
            }
            long length = interval.end().toEpochMilli() - interval.start().toEpochMilli();
            energy = energy.add(overlap == length ? interval.energy()
                    : interval.energy().multiply(BigDecimal.valueOf(overlap)).divide(BigDecimal.valueOf(length), 6, RoundingMode.HALF_EVEN));
            commercial &= interval.commercial();
            covered += overlap;
        }
        return new HalfHour(energy, commercial && covered == HALF_HOUR.toMillis());
    }

    private static HalfHour fromHour(Map<Instant, Double> hours, Instant from) {
        Instant hour = Instant.ofEpochMilli(Math.floorDiv(from.toEpochMilli(), 3_600_000L) * 3_600_000L);
        Double kwh = hours.get(hour);
        return kwh == null ? new HalfHour(BigDecimal.ZERO, false) : new HalfHour(BigDecimal.valueOf(kwh).divide(BigDecimal.valueOf(2)), true);
    }

    private static String hhmm(int slot) {
        int minutes = (slot * 30) % 1440;
        return String.format("%02d%02d", minutes / 60, minutes % 60);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Characters windows-1251 lacks (an emoji in a name) become '?': the file must stay readable by every recipient. */
    private static byte[] windows1251(CharSequence text) {
        CharsetEncoder encoder = Maket80020Reader.WINDOWS_1251.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE)
                .onMalformedInput(CodingErrorAction.REPLACE);
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("windows-1251 replaces what it cannot encode", e);
        }
    }
}
