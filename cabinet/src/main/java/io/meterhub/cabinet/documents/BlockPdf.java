package io.meterhub.cabinet.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays blocks out on A4 pages top to bottom with the DejaVu fonts the receipts embed (they cover
 * Cyrillic); a block that does not fit goes on to a new page.
 */
final class BlockPdf {
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 10;

    private final PDDocument pdf = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream page;
    private float cursor;

    private BlockPdf() throws IOException {
        regular = load("/receipts/DejaVuSans.ttf");
        bold = load("/receipts/DejaVuSans-Bold.ttf");
    }

    static byte[] render(String title, List<Block> blocks) throws IOException {
        BlockPdf layout = new BlockPdf();
        try (PDDocument pdf = layout.pdf) {
            pdf.getDocumentInformation().setTitle(title);
            pdf.getDocumentInformation().setCreator("Meterhub");
            layout.startPage();
            for (Block block : blocks) {
                layout.place(block);
            }
            layout.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private void place(Block block) throws IOException {
        if (block instanceof Block.Title t) {
            lines(bold, 14, t.text(), true);
        } else if (block instanceof Block.Subtitle s) {
            lines(bold, 11, s.text(), true);
        } else if (block instanceof Block.Heading h) {
            cursor -= 4;
            lines(bold, 11, h.text(), false);
        } else if (block instanceof Block.Paragraph p) {
            lines(regular, BODY, p.text(), false);
        } else if (block instanceof Block.Gap) {
            cursor -= BODY * 0.8f;
        } else if (block instanceof Block.Table t) {
            table(t);
        }
    }

    private void lines(PDType0Font font, float size, String text, boolean centred) throws IOException {
        for (String line : split(font, size, showable(font, text), WIDTH)) {
            room(size * 1.35f);
            float x = centred ? MARGIN + (WIDTH - measure(font, size, line)) / 2 : MARGIN;
            write(font, size, line, x, cursor - size);
            cursor -= size * 1.35f;
        }
    }

    private void table(Block.Table table) throws IOException {
        float[] columns = new float[table.widths().length];
        float total = 0;
        for (float w : table.widths()) {
            total += w;
        }
        for (int i = 0; i < columns.length; i++) {
            columns[i] = WIDTH * table.widths()[i] / total;
        }
        tableRow(bold, table.header(), columns);
        for (List<String> row : table.rows()) {
            tableRow(regular, row, columns);
        }
        cursor -= 4;
    }

    private void tableRow(PDType0Font font, List<String> cells, float[] columns) throws IOException {
        float size = BODY - 1;
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.size(); i++) {
            wrapped.add(split(font, size, showable(font, cells.get(i)), columns[i] - 6));
            height = Math.max(height, wrapped.get(i).size());
        }
        float rowHeight = height * size * 1.3f + 4;
        room(rowHeight);
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float baseline = cursor - size - 2;
            for (String line : wrapped.get(i)) {
                float left = i == 0 ? x + 3 : x + columns[i] - 3 - measure(font, size, line);
                write(font, size, line, left, baseline);
                baseline -= size * 1.3f;
            }
            page.addRect(x, cursor - rowHeight, columns[i], rowHeight);
            x += columns[i];
        }
        page.setLineWidth(0.5f);
        page.stroke();
        cursor -= rowHeight;
    }

    /** Splits at spaces so each line fits the width; a single word wider than that stands alone. */
    private List<String> split(PDType0Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (measure(font, size, rest) > width) {
            int cut = rest.lastIndexOf(' ');
            while (cut > 0 && measure(font, size, rest.substring(0, cut)) > width) {
                cut = rest.lastIndexOf(' ', cut - 1);
            }
            if (cut <= 0) {
                break;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1).strip();
        }
        lines.add(rest);
        return lines;
    }

    private static float measure(PDType0Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) * size / 1000;
    }

    private void write(PDType0Font font, float size, String text, float x, float baseline) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(text);
        page.endText();
    }

    /** What a person typed may hold characters DejaVu lacks (emoji...): they print as '?' rather than fail the document. */
    private static String showable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        // line breaks and tabs become spaces; a no-break space stays and keeps a number with its unit
        text.codePoints().map(cp -> Character.isWhitespace(cp) ? ' ' : cp).forEach(cp -> {
            try {
                font.encode(Character.toString(cp));
                out.appendCodePoint(cp);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private void room(float height) throws IOException {
        if (cursor - height < MARGIN) {
            page.close();
            startPage();
        }
    }

    private void startPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        pdf.addPage(next);
        page = new PDPageContentStream(pdf, next);
        cursor = PDRectangle.A4.getHeight() - MARGIN;
    }

    private PDType0Font load(String resource) throws IOException {
        try (InputStream in = BlockPdf.class.getResourceAsStream(resource)) {
            return PDType0Font.load(pdf, in);
        }
    }
}
