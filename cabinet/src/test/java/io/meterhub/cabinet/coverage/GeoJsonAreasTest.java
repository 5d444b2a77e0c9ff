package io.meterhub.cabinet.coverage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The upload's GeoJSON check: good files of every accepted shape give their areas (geometry reduced to [lon, lat]),
 * every kind of bad file is refused naming the feature and what is wrong, and no bytes crash the reader.
 */
class GeoJsonAreasTest {
    private static final String SQUARE = "[[[50.0,53.0],[50.2,53.0],[50.2,53.2],[50.0,53.2],[50.0,53.0]]]";

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    private static String polygon(String coordinates) {
        return "{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static List<UploadedArea> read(String json) {
        return GeoJsonAreas.read(json.getBytes(StandardCharsets.UTF_8), "зоны.geojson");
    }

    private static List<String> problems(String json) {
        return problems(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(byte[] bytes) {
        CoverageUploadException refused = catchThrowableOfType(CoverageUploadException.class, () -> GeoJsonAreas.read(bytes, "зоны.geojson"));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems().stream().map(p -> p.message(Locale.forLanguageTag("ru"))).toList();
    }

    @Test
    void a_feature_collection_gives_each_area_with_its_settlements_and_office() {
        List<UploadedArea> areas = read(collection(
                feature("{\"name\":\"Северный\",\"settlements\":[\"г. Самара\",\"пос. Мехзавод\"],"
                        + "\"office\":{\"name\":\"РЭС Северный\",\"address\":\"Самара, ул. Ново-Садовая, 1\",\"lon\":50.1234567,\"lat\":53.25}}",
                        polygon("[[[50.0,53.0,12.5],[50.2,53.0,12.5],[50.2,53.2,12.5],[50.0,53.2,12.5],[50.0,53.0,12.5]]]")),
                feature("{\"name\":\"Южный\",\"settlements\":\"Чапаевск; с. Владимировка\"}",
                        "{\"type\":\"MultiPolygon\",\"coordinates\":[" + SQUARE + "," + SQUARE + "]}")));

        assertThat(areas).extracting(UploadedArea::name).containsExactly("Северный", "Южный");
        UploadedArea north = areas.get(0);
        assertThat(north.settlements()).containsExactly("г. Самара", "пос. Мехзавод");
        assertThat(north.geometryJson()).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}");
        assertThat(north.office()).contains(new Office("РЭС Северный", "Самара, ул. Ново-Садовая, 1", new BigDecimal("50.123457"),
                new BigDecimal("53.250000")));
        UploadedArea south = areas.get(1);
        assertThat(south.settlements()).containsExactly("Чапаевск", "с. Владимировка");
        assertThat(south.office()).isEmpty();
        assertThat(south.geometryJson()).startsWith("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[50.0,53.0]");
    }

    @Test
    void one_feature_and_a_bare_polygon_are_taken_the_bare_one_named_after_the_file() {
        assertThat(read(feature("{\"name\":\"Одна\"}", polygon(SQUARE)))).extracting(UploadedArea::name).containsExactly("Одна");
        assertThat(read("\uFEFF" + polygon(SQUARE))).extracting(UploadedArea::name).containsExactly("зоны");
        assertThat(read(feature("{\"name\":\"Офис без места\",\"office\":{\"name\":\"РЭС\"}}", polygon(SQUARE))).get(0).office())
                .as("an office without lon/lat is fine").contains(new Office("РЭС", null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty file||Файл пустой",
            "blank file|   |Файл пустой",
            "not json|{type: FeatureCollection|Файл не является JSON (строка 1, позиция 2)",
            "trailing garbage|{\"type\":\"Feature\"} x|Файл не является JSON",
            "an array|[1,2]|а не array",
            "a point|{\"type\":\"Point\",\"coordinates\":[50,53]}|а не Point",
            "no features|{\"type\":\"FeatureCollection\",\"features\":[]}|нет ни одного объекта",
            "features not a list|{\"type\":\"FeatureCollection\",\"features\":{}}|нет списка «features»",
    })
    void a_bad_file_is_refused_as_a_whole(String what, String json, String message) {
        assertThat(problems(json == null ? "" : json)).as(what).singleElement().asString().contains(message);
    }

    @Test
    void each_bad_feature_is_named_with_what_is_wrong() {
        List<String> problems = problems(collection(
                feature("{}", polygon(SQUARE)),
                feature("{\"name\":\"Точка\"}", "{\"type\":\"Point\",\"coordinates\":[50,53]}"),
                feature("{\"name\":\"Открытое\"}", polygon("[[[50,53],[50.2,53],[50.2,53.2],[50,53.2]]]")),
                feature("{\"name\":\"Короткое\"}", polygon("[[[50,53],[50.2,53],[50,53]]]")),
                feature("{\"name\":\"Долгота\"}", polygon("[[[50,53],[250,53],[50.2,53.2],[50,53]]]")),
                feature("{\"name\":\"Широта\"}", polygon("[[[50,53],[50.2,-91],[50.2,53.2],[50,53]]]")),
                feature("{\"name\":\"Текст\"}", polygon("[[[\"50\",53],[50.2,53],[50.2,53.2],[\"50\",53]]]")),
                feature("{\"name\":\"Северный\"}", polygon(SQUARE)),
                feature("{\"name\":\"северный\"}", polygon(SQUARE)),
                feature("{\"name\":\"Офис\",\"office\":{\"name\":\"РЭС\",\"lon\":50}}", polygon(SQUARE)),
                feature("{\"name\":\"Пункты\",\"settlements\":[\"г.\", 5]}", polygon(SQUARE)),
                feature("{\"name\":\"Без геометрии\"}", "null"),
                "{\"type\":\"Point\"}",
                feature("{\"name\":\"Пустое\"}", polygon("[]"))));

        assertThat(problems).containsExactly(
                "Объект 1: нет свойства «name» (название зоны)",
                "Объект 2 «Точка»: геометрия Point, а нужна Polygon или MultiPolygon",
                "Объект 3 «Открытое»: кольцо 1 не замкнуто (последняя точка должна повторять первую)",
                "Объект 4 «Короткое»: в кольце 1 точек: 3, а замкнутому кольцу нужно не меньше 4",
                "Объект 5 «Долгота»: кольцо 1, точка 2: долгота 250 вне диапазона −180..180",
                "Объект 6 «Широта»: кольцо 1, точка 2: широта -91 вне диапазона −90..90",
                "Объект 7 «Текст»: кольцо 1, точка 1 не пара чисел [долгота, широта]",
                "Объект 9 «северный»: такое название уже есть у другого объекта",
                "Объект 10 «Офис»: у офиса нужны оба числа lon (−180..180) и lat (−90..90) или ни одного",
                "Объект 11 «Пункты»: «г.» не название населённого пункта",
                "Объект 11 «Пункты»: «5» не название населённого пункта",
                "Объект 12 «Без геометрии»: нет геометрии",
                "Объект 13: это не объект GeoJSON Feature",
                "Объект 14 «Пустое»: координаты не являются списками колец из точек [долгота, широта]");
    }

    @Test
    void the_size_the_count_and_the_problems_are_limited() {
        byte[] huge = new byte[GeoJsonAreas.MAX_BYTES + 1];
        assertThat(problems(huge)).containsExactly("Файл больше 5 МБ");
        String[] many = new String[GeoJsonAreas.MAX_FEATURES + 1];
        java.util.Arrays.fill(many, feature("{\"name\":\"x\"}", polygon(SQUARE)));
        assertThat(problems(collection(many))).containsExactly("В файле 201 объектов, принимается не больше 200");
        String[] unnamed = new String[50];
        java.util.Arrays.fill(unnamed, feature("{}", polygon(SQUARE)));
        List<String> cut = problems(collection(unnamed));
        assertThat(cut).hasSize(GeoJsonAreas.MAX_PROBLEMS).last().isEqualTo("Ошибок больше; показаны первые 19");
        StringBuilder ring = new StringBuilder("[[");
        for (int i = 0; i < GeoJsonAreas.MAX_POINTS; i++) {
            ring.append("[50,53],");
        }
        ring.append("[50,53]]]");
        assertThat(problems(feature("{\"name\":\"Много\"}", polygon(ring.toString()))))
                .containsExactly("В многоугольниках вместе больше 200000 точек");
    }

    @Test
    void bytes_that_are_not_utf8_or_deeply_nested_are_refused_not_thrown() {
        assertThat(problems(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'})).containsExactly("Файл не в кодировке UTF-8");
        assertThat(problems("[".repeat(5000) + "]".repeat(5000))).singleElement().asString().startsWith("Файл не является JSON");
        assertThat(problems(feature("{\"name\":\"Глубоко\"}", polygon("[[[[[[[[[50,53]]]]]]]]]")))).singleElement().asString()
                .contains("«Глубоко»");
    }

    @Test
    void random_bytes_and_mutated_files_never_crash() {
        Random random = new Random(16);
        byte[] good = collection(feature("{\"name\":\"Северный\",\"settlements\":[\"Самара\"],\"office\":{\"name\":\"РЭС\",\"lon\":50,\"lat\":53}}",
                polygon(SQUARE))).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = i % 3 == 0 ? new byte[random.nextInt(200)] : good.clone();
            if (i % 3 == 0) {
                random.nextBytes(bytes);
            } else {
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    String noise = " {}[],:\"0-.e9aN";
                    bytes[random.nextInt(bytes.length)] = (byte) noise.charAt(random.nextInt(noise.length()));
                }
            }
            try {
                GeoJsonAreas.read(bytes, i % 2 == 0 ? null : "x.json");
            } catch (CoverageUploadException refused) {
                assertThat(refused.problems()).isNotEmpty();
                refused.problems().forEach(p -> assertThat(p.message(Locale.ENGLISH)).doesNotStartWith(p.code()));
            }
        }
    }
}
