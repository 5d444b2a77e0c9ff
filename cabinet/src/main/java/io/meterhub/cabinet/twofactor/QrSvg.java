package io.meterhub.cabinet.twofactor;

import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import io.meterhub.cabinet.common.QrMatrix;

/** The enrolment's QR as an SVG document (no image library, sharp at any size): filled squares on a white quiet zone. */
public final class QrSvg {
    private QrSvg() {
    }

    public static String of(String payload) {
        BitMatrix matrix;
        try {
            matrix = QrMatrix.of(payload);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the QR: " + e.getMessage(), e);
        }
        int quiet = 4;
        int size = matrix.getWidth() + 2 * quiet;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x + quiet).append(' ').append(y + quiet).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
