package io.meterhub.dashboard.connection;

import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.FactLine;
import io.meterhub.dashboard.ui.Texts;
import io.meterhub.cabinet.connection.ApplicationDetail;
import io.meterhub.cabinet.connection.ApplicationSummary;
import io.meterhub.cabinet.connection.StatusChange;
import io.meterhub.cabinet.registration.ApplicantProfile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.Locale;

/**
 * What an application says, as "label: value" lines with ids {@code app-<field>} for tests: the
 * number, status, deadline, the organizations, the applicant (personal data masked as the service
 * gives it), the object, the power and the fee; and its history ({@code app-history-<n>}).
 */
public final class ApplicationFacts {
    public static final String HISTORY_ID = "app-history";

    private ApplicationFacts() {
    }

    /** The status line: status, and the running deadline marked when overdue. */
    public static Div status(Component context, ApplicationSummary summary) {
        Locale locale = Texts.locale();
        Div box = new Div();
        box.add(line(context, "connection.number", summary.number() == null ? context.getTranslation("connection.draft") : summary.number(), "app-number"));
        box.add(line(context, "connection.status", Texts.status(context, summary.status()), "app-status"));
        if (summary.deadline() != null) {
            String deadline = ConnectionFormat.date(summary.deadline(), locale);
            if (summary.deadlineStep() != null) {
                deadline += " · " + Texts.of(context, "connection.deadline-step", summary.deadlineStep());
            }
            Div line = line(context, "connection.deadline", deadline, "app-deadline");
            if (summary.overdue()) {
                line.add(overdue(context));
            }
            box.add(line);
        }
        return box;
    }

    /** The "overdue" badge. */
    public static Span overdue(Component context) {
        Span badge = new Span(context.getTranslation("connection.overdue"));
        badge.addClassName("mh-overdue");
        badge.getElement().getThemeList().add("badge error");
        badge.getStyle().set("margin-left", "var(--lumo-space-s)").set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        return badge;
    }

    /** Everything the application holds. */
    public static Div details(Component context, ApplicationDetail detail) {
        Locale locale = Texts.locale();
        ApplicationSummary summary = detail.summary();
        Div box = new Div();
        box.setWidthFull();
        box.add(line(context, "connection.organization", summary.organizationName(), "app-organization"));
        box.add(line(context, "connection.supplier", detail.supplier() == null ? "—" : detail.supplier().name(), "app-supplier"));
        if (summary.submittedAt() != null) {
            box.add(line(context, "connection.submitted", ConnectionFormat.time(summary.submittedAt(), locale), "app-submitted"));
        }
        if (summary.paper()) {
            box.add(line(context, "connection.paper", context.getTranslation("connection.paper.yes"), "app-paper"));
        }
        box.add(heading(context, "connection.step.APPLICANT"));
        ApplicantProfile profile = detail.applicant() == null ? null : detail.applicant().profile();
        if (profile != null) {
            box.add(line(context, "connection.applicant", profile.displayName(), "app-applicant"));
            box.add(line(context, "connection.category", Texts.of(context, "connectionfee.category", profile.category()), "app-category"));
            optional(context, box, "registration.snils", profile.snils(), "app-snils");
            optional(context, box, "connection.inn", profile.inn(), "app-inn");
            optional(context, box, "connection.ogrn", profile.ogrn(), "app-ogrn");
            optional(context, box, "registration.phone", profile.phone(), "app-phone");
            optional(context, box, "registration.email", profile.email(), "app-email");
        }
        if (detail.applicant() != null && detail.applicant().byRepresentative()) {
            box.add(line(context, "connection.representative", detail.applicant().representativeName(), "app-representative"));
        }
        box.add(heading(context, "connection.step.OBJECT"));
        if (detail.object() != null) {
            box.add(line(context, "connection.address", orDash(detail.object().address()), "app-address"));
            box.add(line(context, "connection.cadastral", orDash(detail.object().cadastralNumber()), "app-cadastral"));
            box.add(line(context, "connection.object-kind", Texts.of(context, "connection.object.kind", detail.object().kind()), "app-object-kind"));
        }
        box.add(heading(context, "connection.step.POWER"));
        if (detail.power() != null) {
            String kw = " " + context.getTranslation("connection.fee.unit.kW");
            box.add(line(context, "connection.power.max", detail.power().maxPowerKw() == null ? "—"
                    : ConnectionFormat.number(detail.power().maxPowerKw(), locale) + kw, "app-max-power"));
            box.add(line(context, "connection.power.connected", detail.power().alreadyConnectedKw() == null ? "—"
                    : ConnectionFormat.number(detail.power().alreadyConnectedKw(), locale) + kw, "app-connected-power"));
            box.add(line(context, "connection.voltage", Texts.of(context, "connectionfee.voltage", detail.power().voltage()), "app-voltage"));
            box.add(line(context, "connection.reliability", Texts.of(context, "connection.reliability", detail.power().reliability()), "app-reliability"));
            box.add(line(context, "connection.kind", Texts.of(context, "connection.connection_kind", detail.power().connectionKind()), "app-connection-kind"));
        }
        if (detail.fee() != null) {
            box.add(line(context, "connection.fee", ConnectionFormat.money(detail.fee(), locale), "app-fee"));
        }
        return box;
    }

    /** The history, newest last: when, who, from and to, the reason and the term it started. */
    public static Div history(Component context, ApplicationDetail detail) {
        Locale locale = Texts.locale();
        Div box = new Div();
        box.setId(HISTORY_ID);
        int n = 0;
        for (StatusChange change : detail.history()) {
            StringBuilder text = new StringBuilder(ConnectionFormat.time(change.at(), locale)).append(" · ").append(change.byName()).append(" · ");
            if (change.from() != null) {
                text.append(Texts.status(context, change.from())).append(" → ");
            }
            text.append(Texts.status(context, change.to()));
            if (change.reason() != null && !change.reason().isBlank()) {
                text.append(" — ").append(change.reason());
            }
            if (change.deadline() != null) {
                text.append(" (").append(context.getTranslation("connection.history.until", ConnectionFormat.date(change.deadline(), locale))).append(")");
            }
            Div line = new Div(new Span(text.toString()));
            line.setId(HISTORY_ID + "-" + n++);
            line.getStyle().set("margin", "var(--lumo-space-xs) 0").set("overflow-wrap", "anywhere");
            box.add(line);
        }
        return box;
    }

    private static void optional(Component context, Div box, String key, String value, String id) {
        if (value != null && !value.isBlank()) {
            box.add(line(context, key, value, id));
        }
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static H3 heading(Component context, String key) {
        H3 heading = new H3(context.getTranslation(key));
        heading.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs)").set("font-size", "var(--lumo-font-size-l)");
        return heading;
    }

    /** A row of fields and buttons on their baseline that wraps on a phone. */
    public static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    /** A "label: value" line; the value carries the id. */
    public static Div line(Component context, String labelKey, String value, String id) {
        return FactLine.of(context, labelKey, value, id);
    }
}
