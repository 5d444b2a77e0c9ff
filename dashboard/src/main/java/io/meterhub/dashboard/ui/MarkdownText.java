package io.meterhub.dashboard.ui;

import com.vaadin.flow.component.html.Div;

/**
 * Text rendered from Markdown by the cabinet's safe renderer (io.meterhub.cabinet.help.SafeMarkdown): the only place the
 * dashboard sets HTML, and only HTML that renderer made (raw HTML escaped, script addresses removed).
 */
public class MarkdownText extends Div {
    public MarkdownText() {
        addClassName("mh-markdown");
        getStyle().set("overflow-wrap", "anywhere").set("max-width", "100%").set("overflow-x", "auto");
    }

    public MarkdownText(String safeHtml) {
        this();
        show(safeHtml);
    }

    /** @param safeHtml the output of SafeMarkdown, never text from elsewhere */
    public void show(String safeHtml) {
        getElement().setProperty("innerHTML", safeHtml == null ? "" : safeHtml);
    }

    public String html() {
        return getElement().getProperty("innerHTML", "");
    }
}
