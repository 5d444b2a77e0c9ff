package io.meterhub.dashboard.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meterhub.cabinet.coverage.Office;
import io.meterhub.cabinet.coverage.ServiceArea;
import io.meterhub.dashboard.chart.EChart;

import java.util.List;

/**
 * The ECharts option of a company's coverage: its areas as a registered GeoJSON map drawn by the geo component
 * (zoom and pan by the user), their names on them, one area highlighted after a search, and the serving offices as a
 * scatter series on the same coordinates. Nothing comes from a tile server.
 */
final class CoverageChart {
    static final String AREA_COLOR = "#dbeafe";
    static final String FOUND_COLOR = "#fbbf24";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CoverageChart() {
    }

    static String mapName(String organizationId) {
        return "coverage-" + organizationId;
    }

    /** The areas as a FeatureCollection whose features are named by the areas' names. */
    static ObjectNode geoJson(List<ServiceArea> areas) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (ServiceArea area : areas) {
            ObjectNode feature = features.addObject().put("type", "Feature");
            feature.putObject("properties").put("name", area.name());
            try {
                feature.set("geometry", JSON.readTree(area.geometryJson()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored area's geometry is not JSON: " + area.id(), e);
            }
        }
        return collection;
    }

    static ObjectNode option(String organizationId, List<ServiceArea> areas, String found, String officesName) {
        ObjectNode option = EChart.newOption();
        option.putObject("aria").put("enabled", true);
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode geo = option.putObject("geo");
        geo.put("map", mapName(organizationId)).put("roam", true);
        // the areas' names sit a little above their centre, where an area's office usually is
        ObjectNode label = geo.putObject("label").put("show", true).put("fontSize", 11).put("fontWeight", "bold").put("color", "#1e3a8a");
        label.putArray("offset").add(0).add(-14);
        geo.putObject("itemStyle").put("areaColor", AREA_COLOR).put("borderColor", "#1d4ed8").put("borderWidth", 1);
        geo.putObject("emphasis").putObject("itemStyle").put("areaColor", "#93c5fd");
        if (found != null) {
            ObjectNode region = geo.putArray("regions").addObject().put("name", found);
            region.putObject("itemStyle").put("areaColor", FOUND_COLOR);
        }
        ObjectNode offices = option.putArray("series").addObject().put("type", "scatter").put("name", officesName)
                .put("coordinateSystem", "geo").put("symbolSize", 12).put("zlevel", 1);
        offices.putObject("itemStyle").put("color", "#dc2626").put("borderColor", "#ffffff").put("borderWidth", 1);
        // an office's name is in the tooltip and the list below the map: on the map it would cover its area's name
        option.putObject("legend").put("bottom", 8).putArray("data").add(officesName);
        ArrayNode data = offices.putArray("data");
        java.util.Set<Office> drawn = new java.util.HashSet<>();
        for (ServiceArea area : areas) {
            // an office serving several areas is one point
            area.office().filter(Office::placed).filter(drawn::add).ifPresent(office -> {
                ObjectNode point = data.addObject().put("name", office.name());
                point.putArray("value").add(office.lon().stripTrailingZeros()).add(office.lat().stripTrailingZeros());
            });
        }
        return option;
    }
}
