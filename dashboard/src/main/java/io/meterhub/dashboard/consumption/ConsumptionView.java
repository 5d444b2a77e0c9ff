package io.meterhub.dashboard.consumption;

import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.accounts.MeterOverview;
import io.meterhub.cabinet.consumption.ChartEvent;
import io.meterhub.cabinet.consumption.ChartPoint;
import io.meterhub.cabinet.consumption.ConsumptionChart;
import io.meterhub.cabinet.consumption.ConsumptionService;
import io.meterhub.protocols.consumption.Granularity;
import io.meterhub.dashboard.chart.EChart;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.MainLayout;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Consumption of one meter ({@code consumption/<accountMeterId>}, or the customer's first smart
 * meter): hours of a day, days of a month or months of a year, stacked by tariff zone, the previous
 * period as lighter bars beside them, the meter's events on the same axis, and a CSV download.
 */
@Menu(title = "nav.consumption", order = 2, icon = "vaadin:chart")
@Route(value = "consumption/:" + ConsumptionView.METER + "?([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class ConsumptionView extends CustomerPage implements BeforeEnterObserver {
    public static final String METER = "meterId";
    public static final String CHART_ID = "consumption-chart";
    public static final String CSV_ID = "consumption-csv";
    public static final String METER_SELECT_ID = "consumption-meter";
    public static final String PERIOD_ID = "consumption-period";
    public static final String DATE_ID = "consumption-date";
    public static final String NOTE_ID = "consumption-note";
    private static final String[] ZONE_COLORS = {"#1676f3", "#f39c12", "#27ae60", "#8e44ad"};

    private final transient AccountOverviewService overviews;
    private final transient ConsumptionService consumption;

    private final RadioButtonGroup<Granularity> period = new RadioButtonGroup<>();
    private final DatePicker date = new DatePicker();
    private final EChart chart = new EChart();
    private final Anchor csv = new Anchor();
    private final Span note = new Span();
    private long meterId;
    private LocalDate today;

    public ConsumptionView(AuthenticationContext authentication, AccountOverviewService overviews, ConsumptionService consumption) {
        super("nav.consumption", authentication);
        this.overviews = overviews;
        this.consumption = consumption;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reset();
        List<AccountOverview> accounts = overviews.overview(viewer);
        Map<Long, String> meters = new LinkedHashMap<>();
        Long firstSmart = null;
        for (AccountOverview account : accounts) {
            for (MeterOverview meter : account.meters()) {
                meters.put(meter.accountMeterId(), account.number() + " · " + service(meter.serviceCode()) + " · №" + meter.serial());
                if (meter.smart() && firstSmart == null) {
                    firstSmart = meter.accountMeterId();
                    today = account.window().today();
                }
            }
        }
        if (today == null) {
            today = accounts.isEmpty() ? LocalDate.now() : accounts.get(0).window().today();
        }
        Optional<Long> asked = event.getRouteParameters().getLong(METER);
        if (asked.isEmpty() && firstSmart == null && meters.isEmpty()) {
            add(secondary(getTranslation("customer.consumption.no-meters")));
            return;
        }
        meterId = asked.orElse(firstSmart != null ? firstSmart : meters.keySet().iterator().next());
        ConsumptionChart first;
        try {
            first = consumption.hourly(viewer, meterId, today);
        } catch (AccessDeniedException e) {
            showNotFound(e.code());
            return;
        }
        add(controls(meters));
        chart.setId(CHART_ID);
        chart.setHeight("380px");
        note.setId(NOTE_ID);
        csv.setId(CSV_ID);
        csv.setText(getTranslation("customer.consumption.csv"));
        csv.getElement().setAttribute("download", true);
        add(note, chart, csv);
        show(first);
    }

    private FormLayout controls(Map<Long, String> meters) {
        Select<Long> meter = new Select<>();
        meter.setId(METER_SELECT_ID);
        meter.setLabel(getTranslation("customer.consumption.meter"));
        meter.setItems(new ArrayList<>(meters.keySet()));
        meter.setItemLabelGenerator(id -> meters.getOrDefault(id, ""));
        meter.setValue(meterId);
        meter.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ConsumptionView.class, new RouteParameters(METER, String.valueOf(change.getValue()))));
            }
        });

        period.setId(PERIOD_ID);
        period.setLabel(getTranslation("customer.consumption.period"));
        period.setItems(Granularity.values());
        period.setItemLabelGenerator(g -> getTranslation("customer.consumption.granularity." + g.name()));
        period.setValue(Granularity.HOUR);
        period.addValueChangeListener(change -> redraw());

        date.setId(DATE_ID);
        date.setLabel(getTranslation("customer.consumption.date"));
        date.setLocale(russian() ? Locale.forLanguageTag("ru-RU") : Locale.UK);
        date.setValue(today);
        date.setMax(today.plusYears(1));
        date.addValueChangeListener(change -> redraw());

        FormLayout form = new FormLayout(meter, period, date);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 3));
        form.setWidthFull();
        return form;
    }

    /** Draws the chart again for the chosen period and date. */
    void redraw() {
        if (period.getValue() == null || date.getValue() == null) {
            return;
        }
        show(load(viewer, meterId, period.getValue(), date.getValue()));
    }

    private ConsumptionChart load(io.meterhub.cabinet.access.Viewer who, long meter, Granularity granularity, LocalDate day) {
        return switch (granularity) {
            case HOUR -> consumption.hourly(who, meter, day);
            case DAY -> consumption.daily(who, meter, YearMonth.from(day));
            case MONTH -> consumption.monthly(who, meter, Year.from(day));
        };
    }

    private void show(ConsumptionChart data) {
        chart.setOption(option(data));
        if (!data.smart()) {
            note.setText(getTranslation("customer.consumption.plain-meter"));
        } else if (data.granularity() == Granularity.HOUR && data.period().equals(today.toString())) {
            note.setText(getTranslation("customer.consumption.current-hour"));
        } else {
            note.setText("");
        }
        Granularity granularity = data.granularity();
        LocalDate day = date.getValue() == null ? today : date.getValue();
        io.meterhub.cabinet.access.Viewer who = viewer;
        long meter = meterId;
        StreamResource resource = new StreamResource("consumption-" + meter + "-" + data.period() + ".csv",
                () -> new ByteArrayInputStream(ConsumptionService.csv(load(who, meter, granularity, day)).getBytes(StandardCharsets.UTF_8)));
        resource.setContentType("text/csv; charset=utf-8");
        csv.setHref(resource);
    }

    /**
     * The ECharts option: categories of the period (an hourly day's from {@link HourSlots}: 23, 24 or 25), one stacked bar series per
     * zone for each period, the events as pins and lines.
     */
    public ObjectNode option(ConsumptionChart data) {
        HourSlots hours = data.granularity() == Granularity.HOUR ? new HourSlots(LocalDate.parse(data.period()), data.zone()) : null;
        List<String> categories = hours != null ? hours.labels() : categories(data);
        ObjectNode option = EChart.newOption();
        option.putObject("title").put("text", getTranslation("customer.consumption.title." + data.granularity().name(), periodLabel(data)))
                .put("left", "center").putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0).put("type", "scroll");
        option.putObject("grid").put("left", 48).put("right", 16).put("top", 48).put("bottom", 64);
        ArrayNode labels = option.putObject("xAxis").put("type", "category").putArray("data");
        categories.forEach(labels::add);
        option.putObject("yAxis").put("type", "value").put("name", unit(data.unit()));
        ArrayNode series = option.putArray("series");

        ToIntFunction<ChartPoint> current = hours != null ? p -> hours.of(p.start()) : p -> index(p.local(), data.granularity());
        ToIntFunction<ChartPoint> previous = hours != null ? p -> hours.ofPreviousDay(p.local()) : p -> index(p.local(), data.granularity());
        TreeSet<Integer> zones = new TreeSet<>();
        data.current().forEach(p -> zones.add(p.zone()));
        data.previous().forEach(p -> zones.add(p.zone()));
        for (int zone : zones) {
            String color = ZONE_COLORS[Math.max(0, Math.min(zone, ZONE_COLORS.length) - 1)];
            series.add(bars(zone(zone), "current", values(data.current(), zone, current, categories.size()), color, 1.0));
            series.add(bars(getTranslation("customer.consumption.previous-series", zone(zone)), "previous",
                    values(data.previous(), zone, previous, categories.size()), color, 0.35));
        }
        if (!data.events().isEmpty()) {
            ObjectNode events = series.addObject();
            events.put("name", getTranslation("customer.consumption.events")).put("type", "scatter").put("symbol", "pin").put("symbolSize", 28);
            events.putObject("itemStyle").put("color", "#e74c3c");
            ArrayNode points = events.putArray("data");
            ObjectNode markLine = events.putObject("markLine");
            markLine.put("symbol", "none");
            markLine.putObject("lineStyle").put("color", "#e74c3c").put("type", "dashed");
            markLine.putObject("label").put("formatter", "{b}");
            ArrayNode lines = markLine.putArray("data");
            for (ChartEvent event : data.events()) {
                int index = hours != null ? hours.of(event.at()) : index(event.local(), data.granularity());
                if (index < 0 || index >= categories.size()) {
                    continue;
                }
                String name = event(event.code()) + " · " + dateTime(event.local());
                ObjectNode point = points.addObject().put("name", name);
                point.putArray("value").add(categories.get(index)).add(0);
                lines.addObject().put("name", event(event.code())).put("xAxis", categories.get(index));
            }
        }
        return option;
    }

    private static ObjectNode bars(String name, String stack, double[] values, String color, double opacity) {
        ObjectNode bars = EChart.newOption();
        bars.put("name", name).put("type", "bar").put("stack", stack);
        bars.putObject("itemStyle").put("color", color).put("opacity", opacity);
        ArrayNode data = bars.putArray("data");
        for (double value : values) {
            data.add(value);
        }
        return bars;
    }

    private static double[] values(List<ChartPoint> points, int zone, ToIntFunction<ChartPoint> slot, int size) {
        double[] values = new double[size];
        for (ChartPoint point : points) {
            int index = slot.applyAsInt(point);
            if (point.zone() == zone && index >= 0 && index < size) {
                values[index] += point.quantity().doubleValue();
            }
        }
        for (int i = 0; i < size; i++) {
            values[i] = BigDecimal.valueOf(values[i]).setScale(3, java.math.RoundingMode.HALF_UP).doubleValue();
        }
        return values;
    }

    /** A day's or month's slot; hours go by {@link HourSlots}. */
    private static int index(LocalDateTime time, Granularity granularity) {
        return switch (granularity) {
            case HOUR -> throw new IllegalArgumentException("hours go by HourSlots");
            case DAY -> time.getDayOfMonth() - 1;
            case MONTH -> time.getMonthValue() - 1;
        };
    }

    /** The days of a month or the months of a year; hours go by {@link HourSlots}. */
    private List<String> categories(ConsumptionChart data) {
        List<String> categories = new ArrayList<>();
        switch (data.granularity()) {
            case HOUR -> throw new IllegalArgumentException("hours go by HourSlots");
            case DAY -> {
                int days = YearMonth.parse(data.period()).lengthOfMonth();
                for (int day = 1; day <= days; day++) {
                    categories.add(String.valueOf(day));
                }
            }
            case MONTH -> {
                for (Month month : Month.values()) {
                    categories.add(russian() ? month.getDisplayName(TextStyle.SHORT_STANDALONE, Locale.forLanguageTag("ru"))
                            : month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                }
            }
        }
        return categories;
    }

    private String periodLabel(ConsumptionChart data) {
        return switch (data.granularity()) {
            case HOUR -> date(LocalDate.parse(data.period()));
            case DAY -> month(YearMonth.parse(data.period()));
            case MONTH -> data.period();
        };
    }

    private String unit(String unit) {
        return "kWh".equalsIgnoreCase(unit) ? getTranslation("unit.kwh") : unit;
    }
}
