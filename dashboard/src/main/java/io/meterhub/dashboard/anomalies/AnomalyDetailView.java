package io.meterhub.dashboard.anomalies;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.cabinet.anomalies.Anomaly;
import io.meterhub.cabinet.anomalies.AnomalyDetail;
import io.meterhub.cabinet.anomalies.AnomalyHistoryEntry;
import io.meterhub.cabinet.anomalies.AnomalyReviewService;
import io.meterhub.cabinet.anomalies.AnomalyStatus;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.MainLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.meterhub.cabinet.anomalies.EpisodeAccount;
import io.meterhub.cabinet.anomalies.EpisodeContext;
import io.meterhub.cabinet.anomalies.EpisodeContextService;
import io.meterhub.cabinet.consumption.ChartEvent;
import io.meterhub.cabinet.consumption.ChartPoint;
import io.meterhub.dashboard.chart.EChart;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One anomaly: what was found, its evidence, the actions and the audit trail of who did what, when. */
@RequiresModule(StaffModule.REGISTRY)
@Route(value = AnomaliesView.ROUTE + "/:id", layout = MainLayout.class)
// the address notifications link to (relative to the cabinet's root)
@RouteAlias(value = "operator/" + AnomaliesView.ROUTE + "/:id", layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
public class AnomalyDetailView extends AnomalyPage implements BeforeEnterObserver {
    public static final String BODY_ID = "anomaly-detail";
    /** The value of a field of the anomaly, e.g. {@code anomaly-field-status}. */
    public static final String FIELD_ID_PREFIX = "anomaly-field-";
    public static final String NOT_FOUND_ID = "anomaly-not-found";
    public static final String EVIDENCE_ID = "anomaly-evidence";
    public static final String HISTORY_ID = "anomaly-history";
    public static final String ACKNOWLEDGE_ID = "anomaly-acknowledge";
    public static final String RESOLVE_ID = "anomaly-resolve";
    public static final String COMMENT_ID = "anomaly-comment";
    public static final String COMMENT_BUTTON_ID = "anomaly-comment-add";
    public static final String ASSIGN_ID = "anomaly-assign-login";
    public static final String ASSIGN_BUTTON_ID = "anomaly-assign";
    public static final String CHART_ID = "anomaly-chart";
    public static final String ACCOUNT_ID = "anomaly-account";
    public static final String NO_ACCOUNT_ID = "anomaly-account-none";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.time.format.DateTimeFormatter AXIS = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final transient EpisodeContextService episodes;
    private final Div body = new Div();
    private long anomalyId;

    public AnomalyDetailView(AuthenticationContext authentication, AnomalyReviewService service, EpisodeContextService episodes) {
        super("operator.anomalies.detail.title", authentication, service);
        this.episodes = episodes;
        body.setId(BODY_ID);
        body.setWidthFull();
        add(new Anchor(AnomaliesView.ROUTE, getTranslation("operator.anomalies.back")), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        anomalyId = event.getRouteParameters().get("id").flatMap(AnomalyDetailView::number).orElse(-1L);
        refresh();
    }

    private static java.util.Optional<Long> number(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    protected void refresh() {
        body.removeAll();
        if (operator == null) {
            return;
        }
        AnomalyDetail detail;
        try {
            detail = service.detail(operator, anomalyId);
        } catch (CabinetException e) {
            body.add(note(getTranslation("operator.anomalies.error." + AnomalyReviewService.NOT_FOUND), NOT_FOUND_ID));
            return;
        }
        Anomaly a = detail.anomaly();
        body.add(field("meter", a.meterId()), field("kind", text("kind", a.kind())), field("severity", text("severity", a.severity())),
                field("score", score(a.score())), field("status", text("status", a.status())), field("started", time(a.startedAt())),
                field("ended", a.endedAt() == null ? getTranslation("operator.anomalies.ongoing") : time(a.endedAt())),
                field("assignee", a.assignee() == null ? "—" : a.assignee()), field("resolution", text("resolution", a.resolution())));

        EpisodeContext context = episodes.context(operator, anomalyId);
        body.add(account(context.account()));
        body.add(new H3(getTranslation("operator.anomalies.detail.chart")));
        EChart chart = new EChart(chartOption(context));
        chart.setId(CHART_ID);
        chart.setHeight("360px");
        body.add(chart);

        body.add(new H3(getTranslation("operator.anomalies.detail.evidence")));
        Div evidence = new Div();
        evidence.setId(EVIDENCE_ID);
        for (String line : evidenceLines(a.evidence())) {
            evidence.add(new Div(new Span(line)));
        }
        body.add(evidence);

        body.add(new H3(getTranslation("operator.anomalies.detail.actions")));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        if (a.status() == AnomalyStatus.OPEN) {
            Button acknowledge = new Button(getTranslation("operator.anomalies.acknowledge"), click -> act(() -> service.acknowledge(operator, anomalyId)));
            acknowledge.setId(ACKNOWLEDGE_ID);
            actions.add(acknowledge);
        }
        if (a.status() != AnomalyStatus.RESOLVED) {
            Button resolve = new Button(getTranslation("operator.anomalies.resolve"), click -> askResolution(List.of(a)));
            resolve.setId(RESOLVE_ID);
            resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            TextField login = new TextField(getTranslation("operator.anomalies.assign.login"));
            login.setId(ASSIGN_ID);
            Button assign = new Button(getTranslation("operator.anomalies.assign"), click -> act(() -> service.assign(operator, anomalyId, login.getValue())));
            assign.setId(ASSIGN_BUTTON_ID);
            actions.add(resolve, login, assign);
        }
        TextArea comment = new TextArea(getTranslation("operator.anomalies.comment"));
        comment.setId(COMMENT_ID);
        comment.setMaxLength(AnomalyReviewService.MAX_COMMENT);
        Button addComment = new Button(getTranslation("operator.anomalies.comment.add"), click -> act(() -> service.comment(operator, anomalyId, comment.getValue())));
        addComment.setId(COMMENT_BUTTON_ID);
        actions.add(comment, addComment);
        body.add(actions);

        body.add(new H3(getTranslation("operator.anomalies.detail.history")));
        Div history = new Div();
        history.setId(HISTORY_ID);
        if (detail.history().isEmpty()) {
            history.add(note(getTranslation("operator.anomalies.history.empty"), null));
        }
        int i = 0;
        for (AnomalyHistoryEntry entry : detail.history()) {
            Span line = new Span(historyLine(entry));
            line.setId(HISTORY_ID + "-" + i++);
            history.add(new Div(line));
        }
        body.add(history);
    }

    /** The customer's account: number, holder (masked), address and the meter; no link anywhere the operator may not go. */
    private Div account(EpisodeAccount account) {
        Div box = new Div(new H3(getTranslation("operator.anomalies.detail.account")));
        box.setId(ACCOUNT_ID);
        if (account == null) {
            box.add(note(getTranslation("operator.anomalies.account.none"), NO_ACCOUNT_ID));
            return box;
        }
        box.add(field("operator.anomalies.account.number", account.number(), ACCOUNT_ID + "-number"),
                field("operator.anomalies.account.holder", account.holder(), ACCOUNT_ID + "-holder"),
                field("operator.anomalies.account.address", account.address(), ACCOUNT_ID + "-address"),
                field("operator.anomalies.account.meter", account.model() + " №" + account.serial(), ACCOUNT_ID + "-meter"));
        return box;
    }

    /** Hourly consumption around the episode as bars, the episode shaded, the meter's events as pins on the same time axis. */
    ObjectNode chartOption(EpisodeContext context) {
        ObjectNode option = EChart.newOption();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("left", 56).put("right", 16).put("top", 32).put("bottom", 56);
        option.putObject("xAxis").put("type", "time").put("min", AXIS.format(context.from())).put("max", AXIS.format(context.to()));
        option.putObject("yAxis").put("type", "value").put("name", getTranslation("operator.anomalies.chart.unit"));
        ArrayNode series = option.putArray("series");
        ObjectNode bars = series.addObject().put("id", "consumption").put("name", getTranslation("operator.anomalies.chart.consumption"))
                .put("type", "bar");
        bars.putObject("itemStyle").put("color", "#5470c6");
        ArrayNode data = bars.putArray("data");
        for (ChartPoint point : context.hours()) {
            data.addArray().add(AXIS.format(point.local())).add(point.quantity());
        }
        ObjectNode area = bars.putObject("markArea");
        area.putObject("itemStyle").put("color", "rgba(231, 76, 60, 0.15)");
        ArrayNode span = area.putArray("data").addArray();
        span.addObject().put("name", getTranslation("operator.anomalies.chart.episode")).put("xAxis", AXIS.format(context.episodeStart()));
        span.addObject().put("xAxis", AXIS.format(context.episodeEnd()));
        ObjectNode events = series.addObject().put("id", "events").put("name", getTranslation("operator.anomalies.chart.events"))
                .put("type", "scatter").put("symbol", "pin").put("symbolSize", 26);
        events.putObject("itemStyle").put("color", "#e74c3c");
        ArrayNode pins = events.putArray("data");
        for (ChartEvent event : context.events()) {
            ObjectNode pin = pins.addObject().put("name", known("customer.event." + event.code(), event.code()));
            pin.putArray("value").add(AXIS.format(event.local())).add(0);
        }
        return option;
    }

    private void act(Runnable action) {
        try {
            action.run();
            notify(getTranslation("operator.anomalies.done"), false);
        } catch (CabinetException e) {
            notify(refusal(e), true);
        }
        refresh();
    }

    String historyLine(AnomalyHistoryEntry entry) {
        StringBuilder line = new StringBuilder(time(entry.at())).append(" · ").append(entry.by()).append(" · ")
                .append(getTranslation("operator.anomalies.action." + entry.action()));
        if (entry.assignee() != null) {
            line.append(": ").append(entry.assignee());
        }
        if (entry.resolution() != null) {
            line.append(": ").append(text("resolution", entry.resolution()));
        }
        if (entry.comment() != null) {
            line.append(" — ").append(entry.comment());
        }
        return line.toString();
    }

    private List<String> evidenceLines(String evidence) {
        try {
            JsonNode node = JSON.readTree(evidence == null ? "{}" : evidence);
            if (!node.isObject() || node.isEmpty()) {
                return List.of(getTranslation("operator.anomalies.evidence.none"));
            }
            List<String> lines = new java.util.ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                lines.add(field.getKey() + ": " + (value.isValueNode() ? value.asText() : value.toString()));
            }
            return lines;
        } catch (java.io.IOException e) {
            return List.of(evidence);
        }
    }

    private Div field(String key, String value) {
        Span label = new Span(getTranslation("operator.anomalies.column." + key) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(value);
        text.setId(FIELD_ID_PREFIX + key);
        Div line = new Div(label, text);
        line.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return line;
    }
}
