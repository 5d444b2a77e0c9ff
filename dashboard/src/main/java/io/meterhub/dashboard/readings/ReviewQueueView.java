package io.meterhub.dashboard.readings;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.dashboard.ui.OperatorFormat;
import io.meterhub.dashboard.ui.OperatorPage;
import io.meterhub.dashboard.ui.StaffViewer;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.consumption.ConsumptionService;
import io.meterhub.cabinet.readings.FlaggedReading;
import io.meterhub.cabinet.readings.OperatorReviewService;
import io.meterhub.cabinet.readings.ReadingSubmissionService;
import io.meterhub.cabinet.readings.ReadingView;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The operator's queue: manual readings of their organization that went to review (a jump, or a
 * value off the smart meter's telemetry), each beside the last accepted value of its zone and the
 * evidence, to accept or to reject with a reason the customer will read.
 */
@Menu(title = "nav.review-queue", order = 11, icon = "vaadin:tasks")
@RequiresModule(StaffModule.READINGS)
@Route(value = "review-queue", layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
public class ReviewQueueView extends OperatorPage {
    public static final String LIST_ID = "review-list";
    public static final String COUNT_ID = "review-count";
    public static final String EMPTY_ID = "review-empty";
    public static final String REASON_ID = "reject-reason";
    public static final String REJECT_CONFIRM_ID = "reject-confirm";
    public static final String REJECT_CANCEL_ID = "reject-cancel";
    private static final Logger LOG = LoggerFactory.getLogger(ReviewQueueView.class);

    private final transient OperatorReviewService review;
    private final transient ReadingSubmissionService submissions;
    private final transient ConsumptionService consumption;
    private final transient Viewer operator;
    private final Span count = new Span();
    private final Div list = cards(LIST_ID);

    public ReviewQueueView(AuthenticationContext authentication, OperatorReviewService review, ReadingSubmissionService submissions,
                           ConsumptionService consumption) {
        super("nav.review-queue");
        this.review = review;
        this.submissions = submissions;
        this.consumption = consumption;
        Optional<Viewer> viewer = StaffViewer.of(authentication);
        this.operator = viewer.orElse(null);
        if (operator == null) {
            add(note(getTranslation("operator.no-organization"), "operator-no-organization"));
            return;
        }
        count.setId(COUNT_ID);
        count.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(count, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<FlaggedReading> flagged = review.flagged(operator);
        if (flagged.isEmpty()) {
            count.setText("");
            list.add(note(getTranslation("operator.review.empty"), EMPTY_ID));
            return;
        }
        count.setText(getTranslation("operator.review.count", flagged.size()));
        for (FlaggedReading reading : flagged) {
            list.add(card(reading));
        }
    }

    private Div card(FlaggedReading flagged) {
        ReadingView reading = flagged.reading();
        long id = reading.id();
        Div card = card("review-" + id);
        card.addClassName("mh-review-card");
        String unit = serviceUnit(flagged.serviceCode());
        String suffix = unit.isEmpty() ? "" : " " + unit;

        Span heading = new Span(getTranslation("operator.review.heading", serviceName(flagged.serviceCode()),
                OperatorFormat.date(reading.takenOn(), getLocale())));
        heading.getStyle().set("font-weight", "600").set("display", "block");
        card.add(heading);
        card.add(field("operator.field.account", flagged.accountNumber(), "review-" + id + "-account"));
        card.add(field("operator.field.meter", flagged.meterSerial(), "review-" + id + "-meter"));
        card.add(field("operator.field.zone", "T" + reading.zone(), "review-" + id + "-zone"));
        card.add(field("operator.field.value", OperatorFormat.number(reading.value(), getLocale()) + suffix, "review-" + id + "-value"));
        card.add(field("operator.field.last-accepted", flagged.lastAcceptedValue() == null
                ? getTranslation("operator.review.no-last") : OperatorFormat.number(flagged.lastAcceptedValue(), getLocale()) + suffix,
                "review-" + id + "-last"));
        String flag = reading.flag() == null ? getTranslation("operator.review.no-flag") : getTranslation("reading.flag." + reading.flag().name());
        Span flagBadge = new Span(flag);
        flagBadge.setId("review-" + id + "-flag");
        flagBadge.getStyle().set("color", "var(--lumo-error-text-color)").set("background", "var(--lumo-error-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0 var(--lumo-space-xs)").set("font-weight", "500");
        Div flagLine = new Div(new Span(getTranslation("operator.field.flag") + ": "), flagBadge);
        flagLine.getStyle().set("margin", "var(--lumo-space-xs) 0");
        card.add(flagLine);
        Div evidence = new Div();
        evidence.setId("review-" + id + "-evidence");
        evidence.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin", "var(--lumo-space-xs) 0");
        for (String line : evidenceLines(flagged, suffix)) {
            Div item = new Div(new Span(line));
            evidence.add(item);
        }
        card.add(evidence);

        Button accept = new Button(getTranslation("operator.review.accept"), click -> accept(flagged));
        accept.setId("accept-" + id);
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(getTranslation("operator.review.reject"), click -> askReason(flagged));
        reject.setId("reject-" + id);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Anchor meter = new Anchor("readings-to-check?q=" + URLEncoder.encode(flagged.meterSerial(), StandardCharsets.UTF_8),
                getTranslation("operator.review.open-meter"));
        meter.setId("review-" + id + "-open-meter");
        HorizontalLayout actions = new HorizontalLayout(accept, reject, meter);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap").set("margin-top", "var(--lumo-space-s)");
        card.add(actions);
        return card;
    }

    private List<String> evidenceLines(FlaggedReading flagged, String suffix) {
        ReviewEvidence evidence;
        try {
            evidence = ReviewEvidence.of(operator, flagged, submissions, consumption);
        } catch (RuntimeException e) {
            LOG.warn("no evidence for reading {}: {}", flagged.reading().id(), e.toString());
            return List.of(getTranslation("operator.evidence.unavailable"));
        }
        if (evidence.growth() == null) {
            return List.of(getTranslation("operator.evidence.no-history"));
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add(getTranslation("operator.evidence.growth", OperatorFormat.signed(evidence.growth(), getLocale()) + suffix,
                evidence.days(), OperatorFormat.date(evidence.lastTakenOn(), getLocale())));
        if (flagged.reading().flag() == io.meterhub.cabinet.readings.ReadingFlag.TELEMETRY_MISMATCH) {
            String telemetrySuffix = evidence.unit() == null ? suffix : " " + known("operator.unit-code." + evidence.unit(), evidence.unit());
            lines.add(evidence.telemetry() == null ? getTranslation("operator.evidence.no-telemetry")
                    : getTranslation("operator.evidence.telemetry", OperatorFormat.date(evidence.lastTakenOn(), getLocale()),
                    OperatorFormat.date(flagged.reading().takenOn(), getLocale()),
                    OperatorFormat.number(evidence.telemetry(), getLocale()) + telemetrySuffix));
        } else {
            lines.add(evidence.usualMonthly() == null ? getTranslation("operator.evidence.no-usual")
                    : getTranslation("operator.evidence.usual", OperatorFormat.number(evidence.usualMonthly(), getLocale()) + suffix));
        }
        return lines;
    }

    private void accept(FlaggedReading flagged) {
        try {
            review.accept(operator, flagged.reading().id());
            notify(getTranslation("operator.review.accepted", flagged.accountNumber(), "T" + flagged.reading().zone()), false);
        } catch (CabinetException e) {
            notify(e.message(getLocale()), true);
        }
        refresh();
    }

    private void askReason(FlaggedReading flagged) {
        Dialog dialog = new Dialog();
        dialog.setId("reject-dialog");
        dialog.setHeaderTitle(getTranslation("operator.reject.title"));
        Span what = new Span(getTranslation("operator.reject.what", flagged.accountNumber(), flagged.meterSerial(), "T" + flagged.reading().zone(),
                OperatorFormat.number(flagged.reading().value(), getLocale())));
        TextArea reason = new TextArea(getTranslation("operator.reject.reason"));
        reason.setId(REASON_ID);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(getTranslation("operator.reject.reason-helper"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setMinHeight("6em");
        reason.setValueChangeMode(ValueChangeMode.LAZY);
        Div body = new Div(what, reason);
        body.getStyle().set("max-width", "28rem");
        dialog.add(body);

        Button confirm = new Button(getTranslation("operator.reject.confirm"), click -> {
            try {
                review.reject(operator, flagged.reading().id(), reason.getValue());
                dialog.close();
                notify(getTranslation("operator.review.rejected", flagged.accountNumber(), "T" + flagged.reading().zone()), false);
                refresh();
            } catch (CabinetException e) {
                reason.setErrorMessage(e.message(getLocale()));
                reason.setInvalid(true);
                reason.focus();
                if (e.code().equals("review.not_pending")) {
                    dialog.close();
                    notify(e.message(getLocale()), true);
                    refresh();
                }
            }
        });
        confirm.setId(REJECT_CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("operator.reject.cancel"), click -> dialog.close());
        cancel.setId(REJECT_CANCEL_ID);
        dialog.getFooter().add(cancel, confirm);
        reason.addValueChangeListener(change -> reason.setInvalid(false));
        add(dialog);
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                remove(dialog);
            }
        });
        dialog.open();
        reason.focus();
    }

    private void notify(String text, boolean error) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
