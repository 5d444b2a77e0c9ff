package io.meterhub.dashboard.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import java.util.Objects;

/**
 * An Apache ECharts chart ({@code <mh-chart>}, see {@code src/main/frontend/components/mh-chart.js}).
 * The option is ECharts' own option object
 * (<a href="https://echarts.apache.org/en/option.html">reference</a>), built with Jackson:
 *
 * <pre>{@code
 * ObjectNode option = EChart.newOption();
 * option.putObject("xAxis").put("type", "category").putArray("data").add("Mon").add("Tue");
 * option.putObject("yAxis").put("type", "value");
 * option.putArray("series").addObject().put("type", "bar").putArray("data").add(12.5).add(9.1);
 * EChart chart = new EChart(option);
 * }</pre>
 *
 * Each {@link #setOption} replaces the whole chart (ECharts {@code notMerge}). The component keeps a
 * copy, so changing the node afterwards changes nothing until {@code setOption} is called again.
 */
@Tag("mh-chart")
@NpmPackage(value = "echarts", version = EChart.ECHARTS_VERSION)
@JsModule("./components/mh-chart.js")
public class EChart extends Component implements HasSize, HasStyle {
    public static final String ECHARTS_VERSION = "6.0.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectNode option;
    private final ObjectNode maps = JSON.createObjectNode();

    public EChart() {
        this(newOption());
    }

    public EChart(ObjectNode option) {
        setWidthFull();
        setHeight("320px");
        setOption(option);
    }

    /** An empty option object to fill. */
    public static ObjectNode newOption() {
        return JSON.createObjectNode();
    }

    /** Replaces the chart's option and renders it again. */
    public void setOption(ObjectNode option) {
        this.option = Objects.requireNonNull(option, "option").deepCopy();
        getElement().setProperty("optionJson", this.option.toString());
    }

    /**
     * Registers a GeoJSON FeatureCollection as the map {@code name} for the option's {@code geo} component or a
     * {@code map} series ({@code echarts.registerMap}); each feature's {@code properties.name} names its region.
     */
    public void registerMap(String name, ObjectNode geoJson) {
        maps.set(Objects.requireNonNull(name, "name"), Objects.requireNonNull(geoJson, "geoJson").deepCopy());
        getElement().setProperty("mapsJson", maps.toString());
    }

    /** A copy of the maps registered, by name. */
    public ObjectNode getMaps() {
        return maps.deepCopy();
    }

    /** A copy of the current option. */
    public ObjectNode getOption() {
        return option.deepCopy();
    }
}
