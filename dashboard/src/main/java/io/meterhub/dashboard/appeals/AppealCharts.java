package io.meterhub.dashboard.appeals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.appeals.AppealMonth;
import io.meterhub.cabinet.ratings.RatingAverage;
import io.meterhub.dashboard.chart.EChart;
import io.meterhub.dashboard.ui.Texts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** The ECharts options of the appeals' report: what became of each month's appeals, the categories, the ratings' averages. */
final class AppealCharts {
    private static final String[] OUTCOME_COLORS = {"#2e7d32", "#f9a825", "#c62828", "#90a4ae"};

    private AppealCharts() {
    }

    /** One stacked bar per month: answered in time, answered late, overdue, waiting; their sum is what came. */
    static ObjectNode outcomes(Component page, List<AppealMonth> months) {
        ObjectNode option = base(page, "appeals.report.outcomes");
        ArrayNode labels = option.putObject("xAxis").put("type", "category").putArray("data");
        months.forEach(m -> labels.add(month(m.month())));
        option.putObject("yAxis").put("type", "value").put("minInterval", 1).put("name", page.getTranslation("appeals.report.count"));
        ArrayNode series = option.putArray("series");
        List<ToIntFunction<AppealMonth>> parts = List.of(AppealMonth::answeredInTime, AppealMonth::answeredLate, AppealMonth::overdue,
                AppealMonth::waiting);
        String[] keys = {"in-time", "late", "overdue", "waiting"};
        for (int i = 0; i < parts.size(); i++) {
            ObjectNode bars = series.addObject().put("type", "bar").put("stack", "all").put("name", page.getTranslation("appeals.report." + keys[i]));
            bars.putObject("itemStyle").put("color", OUTCOME_COLORS[i]);
            ArrayNode data = bars.putArray("data");
            ToIntFunction<AppealMonth> part = parts.get(i);
            months.forEach(m -> data.add(part.applyAsInt(m)));
        }
        return option;
    }

    /** The period's appeals by category, a horizontal bar each. */
    static ObjectNode categories(Component page, List<AppealMonth> months) {
        ObjectNode option = base(page, "appeals.report.categories");
        option.remove("legend");
        option.putObject("grid").put("left", 8).put("right", 24).put("top", 40).put("bottom", 8).put("containLabel", true);
        option.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ArrayNode labels = option.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
        ArrayNode data = option.putArray("series").addObject().put("type", "bar").putArray("data");
        for (AppealCategory c : AppealCategory.values()) {
            labels.add(Texts.of(page, "appeals.category", c));
            data.add(months.stream().mapToInt(m -> m.byCategory().getOrDefault(c, 0)).sum());
        }
        return option;
    }

    /** The averages of one grouping as bars on a 0–5 axis; an empty month has no bar. */
    static ObjectNode averages(Component page, String titleKey, List<RatingAverage> groups, Function<String, String> label) {
        ObjectNode option = base(page, titleKey);
        option.remove("legend");
        option.putObject("grid").put("left", 8).put("right", 24).put("top", 40).put("bottom", 8).put("containLabel", true);
        ObjectNode axis = option.putObject("xAxis").put("type", "category");
        axis.putObject("axisLabel").put("hideOverlap", true);
        ArrayNode labels = axis.putArray("data");
        option.putObject("yAxis").put("type", "value").put("min", 0).put("max", 5).put("interval", 1);
        ObjectNode bars = option.putArray("series").addObject().put("type", "bar").put("name", page.getTranslation("ratings.average"));
        bars.putObject("label").put("show", true).put("position", "top");
        ArrayNode data = bars.putArray("data");
        for (RatingAverage g : groups) {
            labels.add(label.apply(g.group()));
            if (g.average() == null) {
                data.addNull();
            } else {
                // the label reads as Russian writes a decimal: 4,50
                data.addObject().put("value", g.average()).putObject("label").put("formatter", decimal(g.average()));
            }
        }
        return option;
    }

    static String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Texts.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    static EChart chart(String id, ObjectNode option, String height) {
        EChart chart = new EChart(option);
        chart.setId(id);
        chart.setHeight(height);
        return chart;
    }

    static String month(YearMonth month) {
        Locale locale = Texts.locale();
        return month.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + DateTimeFormatter.ofPattern("yy").format(month);
    }

    private static ObjectNode base(Component page, String titleKey) {
        ObjectNode option = EChart.newOption();
        option.putObject("title").put("text", page.getTranslation(titleKey)).put("left", "center").putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0).put("type", "scroll");
        option.putObject("grid").put("left", 40).put("right", 16).put("top", 48).put("bottom", 56);
        return option;
    }
}
