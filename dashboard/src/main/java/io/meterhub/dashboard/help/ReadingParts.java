package io.meterhub.dashboard.help;

import com.vaadin.flow.component.html.Span;
import io.meterhub.dashboard.ui.MarkdownText;

/** What an article and a public page show alike: the note that the text is in the other language, and the rendered text. */
final class ReadingParts {
    private ReadingParts() {
    }

    /** "This article has no English text yet; it is shown in Russian.", under the title. */
    static Span fallbackNote(String text, String id) {
        Span note = new Span(text);
        note.setId(id);
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return note;
    }

    static MarkdownText body(String safeHtml, String language, String id) {
        MarkdownText body = new MarkdownText(safeHtml);
        body.setId(id);
        body.getElement().setAttribute("lang", language);
        body.setWidthFull();
        return body;
    }
}
