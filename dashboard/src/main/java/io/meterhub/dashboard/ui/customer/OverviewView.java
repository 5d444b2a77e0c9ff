package io.meterhub.dashboard.ui.customer;

import io.meterhub.dashboard.chart.EChart;
import io.meterhub.dashboard.security.Role;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.PlaceholderView;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.DayOfWeek;
import java.time.format.TextStyle;

/**
 * The customer's overview: each account's debt, last readings, meters, events, the submission
 * window. For now its title and a demo chart (a fixed week of consumption) that shows the ECharts
 * component in the production bundle.
 */
@Route(value = "overview", layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class OverviewView extends PlaceholderView {
    public static final String DEMO_CHART_ID = "overview-demo-chart";
    private static final double[] DEMO_WEEK = {11.2, 9.8, 10.5, 12.9, 14.1, 17.6, 16.3};

    public OverviewView() {
        super("nav.overview");
        EChart chart = new EChart(demoOption());
        chart.setId(DEMO_CHART_ID);
        chart.setHeight("300px");
        chart.setMaxWidth("720px");
        add(chart);
    }

    private ObjectNode demoOption() {
        ObjectNode option = EChart.newOption();
        option.putObject("title").put("text", getTranslation("overview.demo-chart.title"))
                .putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("left", 40).put("right", 16).put("bottom", 28).put("top", 48);
        ArrayNode days = option.putObject("xAxis").put("type", "category").putArray("data");
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(day.getDisplayName(TextStyle.SHORT, getLocale()));
        }
        option.putObject("yAxis").put("type", "value").put("name", getTranslation("unit.kwh"));
        ObjectNode series = option.putArray("series").addObject();
        series.put("name", getTranslation("overview.demo-chart.series")).put("type", "bar");
        series.putObject("itemStyle").put("color", "#1676f3");
        ArrayNode values = series.putArray("data");
        for (double value : DEMO_WEEK) {
            values.add(value);
        }
        return option;
    }
}
