package io.meterhub.cabinet.common;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.EnumMap;
import java.util.Map;

/** A QR code's modules (UTF-8, error correction M, no margin: the drawing adds its own quiet zone). */
public final class QrMatrix {
    private QrMatrix() {
    }

    /** @throws WriterException when the payload does not fit a QR code */
    public static BitMatrix of(String payload) throws WriterException {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
    }
}
