package io.meterhub.cabinet.receipts;

import com.google.zxing.WriterException;
import io.meterhub.cabinet.common.QrMatrix;
import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.awt.Color;
import java.io.IOException;

/** The receipt's payment QR drawn into a PDF page. */
final class QrDrawing {
    private QrDrawing() {
    }

    /** The QR as filled rectangles (vector: sharp at any zoom or print resolution), on a white quiet zone. */
    static void draw(PDPageContentStream content, String payload, float x, float yBottom, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = QrMatrix.of(payload);
        } catch (WriterException e) {
            throw new IOException("cannot encode the payment QR: " + e.getMessage(), e);
        }
        int modules = matrix.getWidth();
        int quiet = 4;
        float module = size / (modules + 2 * quiet);
        content.setNonStrokingColor(Color.WHITE);
        content.addRect(x, yBottom, size, size);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
        float originX = x + quiet * module;
        float originTop = yBottom + size - quiet * module;
        for (int row = 0; row < modules; row++) {
            int col = 0;
            while (col < modules) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules && matrix.get(col, row)) {
                    col++;
                }
                content.addRect(originX + start * module, originTop - (row + 1) * module, (col - start) * module, module);
            }
        }
        content.fill();
    }
}
