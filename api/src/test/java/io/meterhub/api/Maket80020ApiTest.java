package io.meterhub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.api.keys.Scope;
import io.meterhub.ingest.mqtt.MqttIngestConfig;
import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.storage.StorageConfig;
import io.meterhub.stream.MeterhubJob;
import io.meterhub.stream.PipelineReadiness;
import io.meterhub.stream.StreamConfig;
import io.meterhub.testkit.TestServices;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 80020 files through the API, the real broker and the real pipeline on a mini cluster, down to the
 * hourly consumption in PostgreSQL; and a day of a point written out again as 80020.
 */
class Maket80020ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String INN = "7700000000";
    private static ApiFixture api;
    private static JobClient job;
    private static MqttUplinkPublisher readiness;
    private static String key;
    // one meter per test: a register's intervals far older than its newest are past the recomputation horizon
    private static String meter;
    private static String meter2;
    private static String utfMeter;
    private static String repeatMeter;
    private static String exportMeter;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture("api_80020", config -> config.withLimits(2L * 1024 * 1024, 1000, 1000));
        api.sql("UPDATE organization SET inn = '" + INN + "', legal_name = 'ООО \"Пример Энергосбыт\"' WHERE id = '" + ApiFixture.ORG_A + "'");
        api.sql("UPDATE organization SET inn = '7800000000' WHERE id = '" + ApiFixture.ORG_B + "'");
        meter = "M-80020-" + api.suffix;
        meter2 = "M-80020-dst-" + api.suffix;
        utfMeter = "M-80020-utf-" + api.suffix;
        repeatMeter = "M-80020-rep-" + api.suffix;
        exportMeter = "M-80020-exp-" + api.suffix;
        api.sql("INSERT INTO meter (id, organization_id, controller_id) VALUES ('" + meter + "', '" + ApiFixture.ORG_A + "', '" + api.ctlA1
                + "'), ('" + meter2 + "', '" + ApiFixture.ORG_A + "', '" + api.ctlA2 + "'), ('" + utfMeter + "', '" + ApiFixture.ORG_A + "', '"
                + api.ctlA1 + "'), ('" + repeatMeter + "', '" + ApiFixture.ORG_A + "', '" + api.ctlA1 + "'), ('" + exportMeter + "', '"
                + ApiFixture.ORG_A + "', '" + api.ctlA2 + "')");
        key = api.key(ApiFixture.ORG_A, Scope.TELEMETRY_WRITE, Scope.REGISTRY_WRITE, Scope.EXPORTS_READ);
        String unique = TestServices.uniqueSuffix();
        MqttIngestConfig mqtt = new MqttIngestConfig(TestServices.mqttUri(), "mh-" + unique, "g-" + unique, null, null, 600);
        StreamConfig config = StreamConfig.defaults(StorageConfig.of(api.jdbcUrl), mqtt)
                .withCheckpointDirectory(Files.createTempDirectory("meterhub-checkpoints-").toUri().toString());
        job = MeterhubJob.start(config);
        readiness = new MqttUplinkPublisher(TestServices.mqttUri(), "ready-" + unique);
        PipelineReadiness.awaitSubscribed(api.database.dataSource(), (controller, payload) -> {
            readiness.publishRaw(controller, payload);
            readiness.flush();
        }, Duration.ofSeconds(60));
        HttpResponse<String> mapped = api.send("PUT", "/api/v1/measuring-points", """
                {"items":[{"code":"770000000000101","channel":"01","meter":"%s","name":"ПС Пример 110 кВ, ввод Т-1"},
                          {"code":"770000000000101","channel":"03","meter":"%s"},
                          {"code":"770000000000102","channel":"01","meter":"%s"},
                          {"code":"770000000000103","channel":"01","meter":"%s"},
                          {"code":"770000000000104","channel":"01","meter":"%s","name":"ввод Т-2"},
                          {"code":"770000000000104","channel":"03","meter":"%s"},
                          {"code":"770000000000202","channel":"01","meter":"%s"}]}""".formatted(meter, meter, utfMeter, repeatMeter, exportMeter,
                exportMeter, meter2), auth());
        assertThat(mapped.statusCode()).isEqualTo(200);
        assertThat(json(mapped).get("accepted")).hasSize(7);
    }

    @AfterAll
    static void stop() throws Exception {
        if (job != null) {
            job.cancel().get();
        }
        readiness.close();
        api.close();
    }

    @Test
    @Covers("upsertMeasuringPoints")
    void a_channel_defaults_to_its_register_and_a_register_is_measured_by_one_channel() throws Exception {
        HttpResponse<String> again = api.send("PUT", "/api/v1/measuring-points", """
                {"items":[{"code":"770000000000101","channel":"01","meter":"%s","name":"ПС Пример 110 кВ, ввод Т-1"},
                          {"code":"770000000000999","channel":"01","meter":"%s"},
                          {"code":"770000000000999","channel":"07","meter":"%s"},
                          {"code":"770000000000999","channel":"02","meter":"M-nobody"}]}""".formatted(meter, meter, meter), auth());
        JsonNode answer = json(again);
        assertThat(answer.get("accepted").get(0).get("result").asText()).isEqualTo("unchanged");
        assertThat(answer.get("refused")).hasSize(3);
        assertThat(answer.get("refused").get(0).get("errors").get(0).get("pointer").asText()).isEqualTo("#/items/1/register");
        assertThat(answer.get("refused").get(1).get("errors").get(0).get("pointer").asText()).isEqualTo("#/items/2/register");
        assertThat(answer.get("refused").get(2).get("errors").get(0).get("pointer").asText()).isEqualTo("#/items/3/meter");
    }

    @Test
    @Covers("listMeasuringPoints")
    void the_measuring_points_are_listed_by_code_and_channel_a_page_at_a_time() throws Exception {
        JsonNode first = json(api.send("GET", "/api/v1/measuring-points?limit=2", (String) null, auth()));
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("register").asText()).isEqualTo("1.8.0");
        assertThat(first.get("items").get(1).get("register").asText()).isEqualTo("3.8.0");
        int seen = 2;
        JsonNode page = first;
        while (!page.get("nextCursor").isNull()) {
            page = json(api.send("GET", "/api/v1/measuring-points?limit=2&cursor=" + page.get("nextCursor").asText(), (String) null, auth()));
            seen += page.get("items").size();
        }
        assertThat(seen).isEqualTo(7);
        assertThat(page.get("items").get(page.get("items").size() - 1).get("meter").asText()).isEqualTo(meter2);
    }

    @Test
    @Covers("ingest80020")
    void a_windows_1251_file_with_two_channels_becomes_the_hourly_consumption_of_its_half_hours() throws Exception {
        // 2025-03-01, Moscow time: 00:00 there is 2025-02-28T21:00Z
        HttpResponse<String> response = post(file("windows-1251", 501, "20250301", Map.of("01", halfHours(100, 1), "03", halfHours(40, 0)), ""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json(response);
        assertThat(answer.get("file").asText()).isEqualTo("80020_" + INN + "_20250301_501.xml");
        assertThat(answer.get("receiptStatus").asInt()).isZero();
        assertThat(answer.get("accepted")).hasSize(2);
        // channel 01: half hour k holds 100 + k, so hour h holds 201 + 4h; the day 48*100 + 1128
        awaitHours(meter, "1.8.0", "2025-02-28T21:00:00Z", "2025-03-01T21:00:00Z", 24);
        assertThat(kwh(meter, "1.8.0", "2025-02-28T21:00:00Z")).isEqualTo(201.0);
        assertThat(kwh(meter, "1.8.0", "2025-03-01T20:00:00Z")).isEqualTo(201.0 + 4 * 23);
        assertThat(sum(meter, "1.8.0", "2025-02-28T21:00:00Z", "2025-03-01T21:00:00Z")).isEqualTo(5928.0);
        awaitHours(meter, "3.8.0", "2025-02-28T21:00:00Z", "2025-03-01T21:00:00Z", 24);
        assertThat(sum(meter, "3.8.0", "2025-02-28T21:00:00Z", "2025-03-01T21:00:00Z")).isEqualTo(48 * 40.0);
        // an hour both of whose half hours arrived is final
        assertThat(api.count("SELECT count(*) FROM hourly_consumption WHERE meter_id = '" + meter + "' AND final"
                + " AND hour_start >= '2025-02-28T21:00:00Z' AND hour_start < '2025-03-01T21:00:00Z'")).isEqualTo(48);
    }

    @Test
    @Covers("ingest80020")
    void a_utf8_file_counts_the_same_and_its_status_1_values_count_but_are_not_commercial() throws Exception {
        String channel = halfHours(10, 0).replaceFirst("<value status=\"0\">10</value>", "<value status=\"1\">7</value>")
                .replaceFirst("<value status=\"0\">10</value>", "<value status=\"1\"></value>");
        HttpResponse<String> response = post(file("UTF-8", 601, "20250302", Map.of("01", channel), "770000000000102"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json(response);
        assertThat(answer.get("receiptStatus").asInt()).isEqualTo(1);
        assertThat(answer.get("accepted").get(0).get("nonCommercial").asInt()).isEqualTo(1);
        assertThat(answer.get("accepted").get(0).get("intervals").asInt()).isEqualTo(47);
        assertThat(answer.get("refused").get(0).get("pointer").asText()).isEqualTo("#/area/0/measuringpoint/0/measuringchannel/0/period/1/value");
        awaitHours(utfMeter, "1.8.0", "2025-03-01T21:00:00Z", "2025-03-02T21:00:00Z", 24);
        // hour 0: 7 (status 1) + nothing for the empty value; the rest 20 each
        assertThat(kwh(utfMeter, "1.8.0", "2025-03-01T21:00:00Z")).isEqualTo(7.0);
        assertThat(sum(utfMeter, "1.8.0", "2025-03-01T21:00:00Z", "2025-03-02T21:00:00Z")).isEqualTo(7.0 + 46 * 10);
        assertThat(api.count("SELECT count(*) FROM interval_energy WHERE meter_id = '" + utfMeter + "' AND NOT commercial")).isEqualTo(1);
    }

    @Test
    @Covers("ingest80020")
    void a_dst_era_file_places_its_summer_periods_an_hour_ahead_and_drops_the_hour_that_did_not_exist() throws Exception {
        // 2007-03-25, spring forward at 02:00 MSK: 24 hourly periods, 0200-0300 written 0, from 0300 on summer="1" (UTC+4)
        StringBuilder periods = new StringBuilder();
        for (int h = 0; h < 24; h++) {
            String summer = h >= 3 ? " summer=\"1\"" : "";
            int value = h == 2 ? 0 : 100 + h;
            periods.append("<period start=\"%02d00\" end=\"%02d00\"%s><value>%d</value></period>\r\n".formatted(h, (h + 1) % 24, summer, value));
        }
        HttpResponse<String> response = post(file("windows-1251", 701, "20070325", Map.of("01", periods.toString()), "770000000000202")
                .replace("<daylightsavingtime>0", "<daylightsavingtime>2"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(json(response).get("accepted").get(0).get("intervals").asInt()).isEqualTo(23);
        // 00:00 MSK (+3) is 21:00Z of the 24th; 03:00 MSD (+4) is 23:00Z; 23:00 MSD is 19:00Z of the 25th
        awaitHours(meter2, "1.8.0", "2007-03-24T21:00:00Z", "2007-03-25T20:00:00Z", 23);
        assertThat(kwh(meter2, "1.8.0", "2007-03-24T21:00:00Z")).isEqualTo(100.0);
        assertThat(kwh(meter2, "1.8.0", "2007-03-24T22:00:00Z")).isEqualTo(101.0);
        assertThat(kwh(meter2, "1.8.0", "2007-03-24T23:00:00Z")).isEqualTo(103.0);
        assertThat(kwh(meter2, "1.8.0", "2007-03-25T19:00:00Z")).isEqualTo(123.0);
        assertThat(sum(meter2, "1.8.0", "2007-03-24T21:00:00Z", "2007-03-25T21:00:00Z")).isEqualTo(2574.0); // 100..123 without the 102 of the hour that did not exist
    }

    @Test
    @Covers("ingest80020")
    void a_file_whose_sender_is_another_organization_is_refused_whole_and_nothing_is_published() throws Exception {
        HttpResponse<String> response = post(file("windows-1251", 801, "20250303", Map.of("01", halfHours(5, 0)), "")
                .replace("<inn>" + INN + "</inn>", "<inn>7800000000</inn>"));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("type").asText()).isEqualTo("urn:meterhub:problem:another-organization");
        Thread.sleep(2_000);
        assertThat(api.count("SELECT count(*) FROM interval_energy WHERE interval_start >= '2025-03-02T21:00:00Z' AND interval_start < '2025-03-03T21:00:00Z'"))
                .isZero();
    }

    @Test
    @Covers("ingest80020")
    void the_same_file_again_is_a_repeat_and_a_correction_replaces_never_adds() throws Exception {
        String original = file("windows-1251", 901, "20250304", Map.of("01", halfHours(50, 0)), "770000000000103");
        assertThat(post(original).statusCode()).isEqualTo(202);
        awaitHours(repeatMeter, "1.8.0", "2025-03-03T21:00:00Z", "2025-03-04T21:00:00Z", 24);
        HttpResponse<String> repeat = post(original);
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(json(repeat).get("repeat").asBoolean()).isTrue();
        // the same values under a new number, then a correction of the first half hour
        assertThat(post(original.replace("number=\"901\"", "number=\"902\"")).statusCode()).isEqualTo(202);
        assertThat(post(original.replace("number=\"901\"", "number=\"903\"").replaceFirst("<value status=\"0\">50</value>",
                "<value status=\"0\">80</value>")).statusCode()).isEqualTo(202);
        awaitValue(repeatMeter, "1.8.0", "2025-03-03T21:00:00Z", 130.0);
        assertThat(sum(repeatMeter, "1.8.0", "2025-03-03T21:00:00Z", "2025-03-04T21:00:00Z")).isEqualTo(48 * 50 + 30.0);
        assertThat(api.count("SELECT count(*) FROM interval_energy WHERE meter_id = '" + repeatMeter + "' AND interval_start >= '2025-03-03T21:00:00Z'"
                + " AND interval_start < '2025-03-04T21:00:00Z'")).isEqualTo(48);
    }

    @Test
    @Covers("ingest80020")
    void bad_files_get_their_problem_and_the_server_keeps_answering() throws Exception {
        HttpResponse<String> broken = post("<?xml version=\"1.0\"?><message class=\"80020\" version=\"2\" number=\"1\"><datetime>");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken).get("errors").get(0).get("detail").asText()).startsWith("not well-formed XML");
        HttpResponse<String> wrongClass = post(file("windows-1251", 1001, "20250305", Map.of("01", halfHours(1, 0)), "")
                .replace("class=\"80020\"", "class=\"80040\""));
        assertThat(wrongClass.statusCode()).isEqualTo(400);
        assertThat(json(wrongClass).get("errors").get(0).get("pointer").asText()).isEqualTo("#/@class");
        HttpResponse<String> entities = post("<?xml version=\"1.0\"?><!DOCTYPE message [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<message class=\"80020\" version=\"2\" number=\"&b;\"/>");
        assertThat(entities.statusCode()).isEqualTo(400);
        byte[] huge = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        HttpResponse<String> tooLarge = api.send("POST", "/api/v1/telemetry/80020", huge, "Authorization", "Bearer " + key,
                "Content-Type", "application/xml", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        byte[] garbage = new byte[4096];
        new java.util.Random(80020).nextBytes(garbage);
        assertThat(api.send("POST", "/api/v1/telemetry/80020", garbage, "Authorization", "Bearer " + key, "Content-Type", "application/xml")
                .statusCode()).isEqualTo(400);
        JsonNode answer = json(api.send("GET", "/api/v1/measuring-points", (String) null, auth()));
        assertThat(answer.get("items").size()).isEqualTo(7);
    }

    @Test
    @Covers("export80020")
    void a_day_of_a_point_is_written_as_80020_in_windows_1251_with_carry_over_rounding() throws Exception {
        // half hours of 10.4 kWh sent as contract v1 intervals: rounded with carry-over 10, 11, 10, 11, ...
        StringBuilder intervals = new StringBuilder();
        java.time.Instant start = java.time.Instant.parse("2025-03-05T21:00:00Z");
        for (int k = 0; k < 48; k++) {
            intervals.append(k == 0 ? "" : ",").append("{\"meter\":\"%s\",\"register\":\"1.8.0\",\"start\":\"%s\",\"end\":\"%s\",\"energy\":\"10.4\"}"
                    .formatted(exportMeter, start.plusSeconds(1800L * k), start.plusSeconds(1800L * (k + 1))));
        }
        HttpResponse<String> sent = api.send("POST", "/api/v1/telemetry", "{\"v\":1,\"controller\":\"" + api.ctlA2 + "\",\"intervals\":["
                + intervals + "]}", auth("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        assertThat(json(sent).get("accepted").get(0).get("intervals").asInt()).isEqualTo(48);
        awaitHours(exportMeter, "1.8.0", "2025-03-05T21:00:00Z", "2025-03-06T21:00:00Z", 24);
        assertThat(sum(exportMeter, "1.8.0", "2025-03-05T21:00:00Z", "2025-03-06T21:00:00Z")).isCloseTo(499.2, org.assertj.core.data.Offset.offset(1e-9));

        HttpResponse<byte[]> file = getBytes("/api/v1/telemetry/80020?point=770000000000104&day=2025-03-06&number=12");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"80020_" + INN + "_20250306_12.xml\"");
        String text = new String(file.body(), CP1251);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\r\n<message class=\"80020\" version=\"2\" number=\"12\">\r\n");
        assertThat(text).contains("    <name>ООО &quot;Пример Энергосбыт&quot;</name>\r\n");
        assertThat(text).contains("<measuringpoint code=\"770000000000104\" name=\"ввод Т-2\">");
        assertThat(text).contains("        <period start=\"0000\" end=\"0030\"><value status=\"0\">10</value></period>\r\n"
                + "        <period start=\"0030\" end=\"0100\"><value status=\"0\">11</value></period>\r\n"
                + "        <period start=\"0100\" end=\"0130\"><value status=\"0\">10</value></period>\r\n"
                + "        <period start=\"0130\" end=\"0200\"><value status=\"0\">11</value></period>\r\n");
        // 10, 11, 10, 11, 10 repeat (52 = 5 x 10.4): the 48th half hour is the third of its five
        assertThat(text).contains("        <period start=\"2330\" end=\"0000\"><value status=\"0\">10</value></period>\r\n      </measuringchannel>");
        // channel 03 has no data that day: 48 half hours of 0 marked non-commercial
        assertThat(text.split("<value status=\"1\">0</value>", -1)).hasSize(49);
        // the file reads back as the same day
        assertThat(text.split("<period ", -1)).hasSize(97);
        long written = java.util.regex.Pattern.compile("<value status=\"0\">(\\d+)</value>").matcher(text).results()
                .mapToLong(m -> Long.parseLong(m.group(1))).sum();
        assertThat(written).isEqualTo(499L);
        HttpResponse<String> none = api.send("GET", "/api/v1/telemetry/80020?point=nope&day=2025-03-06", (String) null, auth());
        assertThat(none.statusCode()).isEqualTo(404);
    }

    private static HttpResponse<byte[]> getBytes(String path) throws Exception {
        HttpResponse<String> checked = api.send("GET", path, (String) null, auth());
        assertThat(checked.statusCode()).isEqualTo(200);
        return api.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + api.server.port() + path))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> post(String xml) {
        Charset charset = xml.contains("encoding=\"UTF-8\"") ? StandardCharsets.UTF_8 : CP1251;
        return api.send("POST", "/api/v1/telemetry/80020", xml.getBytes(charset), "Authorization", "Bearer " + key,
                "Content-Type", "application/xml", "Idempotency-Key", UUID.randomUUID().toString());
    }

    private static String[] auth(String... more) {
        String[] all = new String[more.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + key;
        System.arraycopy(more, 0, all, 2, more.length);
        return all;
    }

    /** 48 half hours: the k-th holds base + k * step. */
    private static String halfHours(int base, int step) {
        StringBuilder periods = new StringBuilder();
        for (int k = 0; k < 48; k++) {
            int start = k * 30;
            int end = (start + 30) % 1440;
            periods.append("<period start=\"%02d%02d\" end=\"%02d%02d\"><value status=\"0\">%d</value></period>\r\n"
                    .formatted(start / 60, start % 60, end / 60, end % 60, base + k * step));
        }
        return periods.toString();
    }

    private static String file(String encoding, int number, String day, Map<String, String> channels, String point) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\r\n")
                .append("<!-- round=с переходящим остатком -->\r\n")
                .append("<message class=\"80020\" version=\"2\" number=\"").append(number).append("\">\r\n")
                .append("<datetime><day>").append(day).append("</day><timestamp>20250306071500</timestamp><daylightsavingtime>0</daylightsavingtime></datetime>\r\n")
                .append("<sender><name>ООО \"Пример Энергосбыт\"</name><inn>").append(INN).append("</inn></sender>\r\n")
                .append("<area timezone=\"1\"><inn>7700000101</inn><name>Потребитель 1</name>\r\n")
                .append("<measuringpoint code=\"").append(point.isEmpty() ? "770000000000101" : point).append("\" name=\"ввод Т-1\">\r\n");
        new java.util.TreeMap<>(channels).forEach((code, periods) -> xml.append("<measuringchannel code=\"").append(code)
                .append("\" desc=\"счетчик\">\r\n").append(periods).append("</measuringchannel>\r\n"));
        return xml.append("</measuringpoint>\r\n</area>\r\n</message>\r\n").toString();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static double kwh(String meterId, String obis, String hour) throws Exception {
        return query("SELECT kwh FROM hourly_consumption WHERE meter_id = '" + meterId + "' AND obis = '" + obis + "' AND hour_start = '" + hour + "'");
    }

    private static double sum(String meterId, String obis, String from, String to) throws Exception {
        return query("SELECT coalesce(sum(kwh), 0) FROM hourly_consumption WHERE meter_id = '" + meterId + "' AND obis = '" + obis
                + "' AND hour_start >= '" + from + "' AND hour_start < '" + to + "'");
    }

    private static double query(String sql) throws Exception {
        try (Connection c = api.database.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getDouble(1) : Double.NaN;
        }
    }

    private static void awaitHours(String meterId, String obis, String from, String to, int hours) throws Exception {
        await(() -> api.count("SELECT count(*) FROM hourly_consumption WHERE meter_id = '" + meterId + "' AND obis = '" + obis
                + "' AND hour_start >= '" + from + "' AND hour_start < '" + to + "'") == hours);
        Thread.sleep(1_500); // the sink's flush of a later duplicate of an hour, if any, lands too
    }

    private static void awaitValue(String meterId, String obis, String hour, double value) throws Exception {
        await(() -> {
            try {
                return kwh(meterId, obis, hour) == value;
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 60 s for the pipeline").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

}
