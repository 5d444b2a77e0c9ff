package io.meterhub.cabinet.documents;

import java.util.List;

/** A piece of a document's layout, as a template line becomes it. */
sealed interface Block {
    /** {@code # text}: the document's name. */
    record Title(String text) implements Block {
    }

    /** {@code ## text} right under the title: the rest of the document's name. */
    record Subtitle(String text) implements Block {
    }

    /** {@code ## text}: a section. */
    record Heading(String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** An empty line. */
    record Gap() implements Block {
    }

    /** A table with a header row; the numeric columns (all but the first) are right-aligned. */
    record Table(List<String> header, List<List<String>> rows, float[] widths) implements Block {
    }
}
