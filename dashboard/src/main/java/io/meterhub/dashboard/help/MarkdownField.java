package io.meterhub.dashboard.help;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.meterhub.cabinet.help.SafeMarkdown;
import io.meterhub.dashboard.ui.MarkdownText;

/**
 * A Markdown text with its live preview beside it (below it on a phone), rendered by the same safe renderer the readers'
 * pages use, so what the editor sees is what the reader gets. Ids: the text area {@code <id>}, the preview {@code <id>-preview}.
 */
class MarkdownField extends Div {
    private final TextArea text = new TextArea();
    private final MarkdownText preview = new MarkdownText();
    private final transient SafeMarkdown markdown;

    MarkdownField(String label, String previewLabel, String id, SafeMarkdown markdown) {
        this.markdown = markdown;
        text.setLabel(label);
        text.setId(id);
        text.setWidthFull();
        text.setMinHeight("12em");
        text.setMaxHeight("28em");
        text.setMaxLength(SafeMarkdown.MAX_CHARS);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(300);
        text.addValueChangeListener(change -> render());
        preview.setId(id + "-preview");
        Span caption = new Span(previewLabel);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div previewBox = new Div(caption, preview);
        previewBox.getStyle().set("border", "1px dashed var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)").set("box-sizing", "border-box").set("min-width", "0");
        Div editor = new Div(text);
        editor.getStyle().set("min-width", "0");
        for (Div half : new Div[]{editor, previewBox}) {
            half.getStyle().set("flex", "1 1 320px");
        }
        add(editor, previewBox);
        setWidthFull();
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)").set("box-sizing", "border-box");
    }

    String getValue() {
        return text.getValue();
    }

    void setValue(String value) {
        text.setValue(value == null ? "" : value);
        render();
    }

    private void render() {
        preview.show(markdown.html(text.getValue()));
    }
}
