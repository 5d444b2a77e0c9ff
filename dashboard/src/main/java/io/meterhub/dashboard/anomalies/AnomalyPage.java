package io.meterhub.dashboard.anomalies;

import io.meterhub.dashboard.ui.OperatorPage;
import io.meterhub.dashboard.ui.StaffViewer;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.anomalies.Anomaly;
import io.meterhub.cabinet.anomalies.AnomalyReviewService;
import io.meterhub.cabinet.anomalies.Resolution;
import io.meterhub.cabinet.common.CabinetException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/** What the anomaly views share: the title, the operator as a viewer, the texts of the enums and refusals, and the resolve dialog. */
abstract class AnomalyPage extends OperatorPage {
    public static final String RESOLVE_DIALOG_ID = "anomaly-resolve-dialog";
    public static final String RESOLUTION_ID = "anomaly-resolution";
    public static final String RESOLVE_COMMENT_ID = "anomaly-resolve-comment";
    public static final String RESOLVE_CONFIRM_ID = "anomaly-resolve-confirm";
    public static final String RESOLVE_CANCEL_ID = "anomaly-resolve-cancel";
    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    protected final transient AnomalyReviewService service;
    protected final transient Viewer operator;
    protected final transient ZoneId zone;
    protected AnomalyPage(String titleKey, AuthenticationContext authentication, AnomalyReviewService service) {
        super(titleKey);
        this.service = service;
        setMaxWidth("1400px");
        this.operator = StaffViewer.of(authentication).orElse(null);
        this.zone = operator == null ? ZoneId.of("UTC") : service.zone(operator);
        if (operator == null) {
            add(note(getTranslation("operator.no-organization"), "operator-no-organization"));
        }
    }

    protected String time(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return ("ru".equals(getLocale().getLanguage()) ? RU : EN).format(instant.atZone(zone));
    }

    protected String text(String prefix, Enum<?> value) {
        return value == null ? "—" : getTranslation("operator.anomalies." + prefix + "." + value.name());
    }

    protected String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score).replace('.', "ru".equals(getLocale().getLanguage()) ? ',' : '.');
    }

    /** A refusal in the user's language: the anomaly texts know the review's codes, the cabinet's messages the rest. */
    protected String refusal(CabinetException e) {
        String key = "operator.anomalies.error." + e.code();
        String text = getTranslation(key, e.args().toArray());
        return text.startsWith("!") ? e.message(getLocale()) : text;
    }

    protected void notify(String text, boolean error) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    /** What the page shows again after an action. */
    protected abstract void refresh();

    /** Asks for a resolution (required) and an optional comment, then resolves all the given anomalies in one go. */
    protected void askResolution(Collection<Anomaly> anomalies) {
        Dialog dialog = new Dialog();
        dialog.setId(RESOLVE_DIALOG_ID);
        dialog.setHeaderTitle(getTranslation("operator.anomalies.resolve.title", anomalies.size()));
        Select<Resolution> resolution = new Select<>();
        resolution.setId(RESOLUTION_ID);
        resolution.setLabel(getTranslation("operator.anomalies.resolve.resolution"));
        resolution.setItems(Resolution.values());
        resolution.setItemLabelGenerator(r -> text("resolution", r));
        resolution.setRequiredIndicatorVisible(true);
        resolution.setWidthFull();
        TextArea comment = new TextArea(getTranslation("operator.anomalies.resolve.comment"));
        comment.setId(RESOLVE_COMMENT_ID);
        comment.setMaxLength(AnomalyReviewService.MAX_COMMENT);
        comment.setWidthFull();
        Div body = new Div(resolution, comment);
        body.getStyle().set("min-width", "20rem").set("max-width", "28rem");
        dialog.add(body);
        Button confirm = new Button(getTranslation("operator.anomalies.resolve.confirm"), click -> {
            try {
                service.bulk(operator, anomalies.stream().map(Anomaly::id).toList(),
                        new io.meterhub.cabinet.anomalies.AnomalyAction.Resolve(resolution.getValue(), comment.getValue()));
                dialog.close();
                notify(getTranslation("operator.anomalies.resolved", anomalies.size()), false);
                refresh();
            } catch (CabinetException e) {
                if (e.code().equals(AnomalyReviewService.RESOLUTION_REQUIRED)) {
                    resolution.setErrorMessage(refusal(e));
                    resolution.setInvalid(true);
                } else {
                    dialog.close();
                    notify(refusal(e), true);
                    refresh();
                }
            }
        });
        confirm.setId(RESOLVE_CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("operator.anomalies.cancel"), click -> dialog.close());
        cancel.setId(RESOLVE_CANCEL_ID);
        dialog.getFooter().add(cancel, confirm);
        resolution.addValueChangeListener(change -> resolution.setInvalid(false));
        add(dialog);
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                remove(dialog);
            }
        });
        dialog.open();
    }
}
