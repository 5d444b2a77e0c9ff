package io.meterhub.dashboard.connection;

import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.Texts;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.connection.ApplicationDocument;
import io.meterhub.cabinet.connection.ConnectionFeature;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.StreamResource;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.List;

/**
 * Documents as download links ({@code doc-<id>}): what each is, its file name, size and date. The
 * bytes are fetched through the service with the viewer on every download, so access is checked then.
 */
public class DocumentLinks extends Div {

    public DocumentLinks(String id, ConnectionFeature service, Viewer viewer, long applicationId, List<ApplicationDocument> documents) {
        setId(id);
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        if (documents.isEmpty()) {
            Span none = new Span(getTranslation("connection.documents.none"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(none);
        }
        for (ApplicationDocument document : documents) {
            add(link(this, service, viewer, applicationId, document));
        }
    }

    /** One document's download link, its texts in the language of {@code context}. */
    public static Div link(Component context, ConnectionFeature service, Viewer viewer, long applicationId, ApplicationDocument document) {
        StreamResource resource = new StreamResource(safe(document.fileName()),
                () -> new ByteArrayInputStream((document.messageId() == null ? service.documents().document(viewer, applicationId, document.id())
                        : service.messages().attachment(viewer, applicationId, document.id())).bytes()));
        resource.setContentType(document.contentType());
        Anchor anchor = new Anchor(resource, "");
        // a message's file is correspondence's, numbered apart from the application's documents
        anchor.setId((document.messageId() == null ? "doc-" : "att-") + document.id());
        anchor.getElement().setAttribute("download", true);
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + Texts.of(context, "connection.document.kind", document.kind()) + " · " + document.fileName()));
        Locale locale = Texts.locale();
        Span facts = new Span(" (" + size(document.size(), locale) + ", " + ConnectionFormat.time(document.uploadedAt(), locale) + ")");
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div line = new Div(anchor, facts);
        line.getStyle().set("overflow-wrap", "anywhere");
        return line;
    }

    /** The link to the application's data as a PDF (its card), fetched through the service with the viewer on every download. */
    public static Anchor card(Component context, ConnectionFeature service, Viewer viewer, long applicationId, String id) {
        StreamResource resource = new StreamResource("application-" + applicationId + ".pdf",
                () -> new ByteArrayInputStream(service.documents().applicationCard(viewer, applicationId).bytes()));
        resource.setContentType("application/pdf");
        Anchor anchor = new Anchor(resource, "");
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + context.getTranslation("connection.documents.card")));
        return anchor;
    }

    public static String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " " + (ConnectionFormat.english(locale) ? "B" : "Б");
        }
        java.math.BigDecimal kb = java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024), 0, java.math.RoundingMode.HALF_UP);
        if (bytes < 1024 * 1024) {
            return kb + " " + (ConnectionFormat.english(locale) ? "KB" : "КБ");
        }
        java.math.BigDecimal mb = java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024L * 1024), 1, java.math.RoundingMode.HALF_UP);
        return ConnectionFormat.number(mb, locale) + " " + (ConnectionFormat.english(locale) ? "MB" : "МБ");
    }

    /** The name the browser saves the file under: letters, digits and a few marks; Cyrillic stays. */
    public static String safe(String fileName) {
        String cleaned = fileName == null ? "document" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return cleaned.isBlank() ? "document" : cleaned;
    }
}
