package io.meterhub.cabinet.receipts;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Lays a receipt out on one A4 page (more pages when the charges are long). */
final class ReceiptPdf {
    private static final String REGULAR = "/receipts/DejaVuSans.ttf";
    private static final String BOLD = "/receipts/DejaVuSans-Bold.ttf";
    private static final float MARGIN = 40;
    private static final float QR_SIZE = 150;
    private static final String[] MONTHS = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
            "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM");

    private final ReceiptSource source;
    private final String qrPayload;
    private final Clock clock;

    private PDDocument document;
    private PDType0Font regular;
    private PDType0Font bold;
    private PDPageContentStream content;
    private float y;
    private final Map<PDType0Font, Map<Integer, Boolean>> encodable = new HashMap<>();

    ReceiptPdf(ReceiptSource source, String qrPayload, Clock clock) {
        this.source = source;
        this.qrPayload = qrPayload;
        this.clock = clock;
    }

    byte[] render() {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            regular = font(REGULAR);
            bold = font(BOLD);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Квитанция " + source.account().number() + " " + YearMonth.from(source.period()));
            info.setCreator("Meterhub");
            info.setCreationDate(GregorianCalendar.from(clock.instant().atZone(zone())));
            newPage();
            layout();
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the receipt of account " + source.account().number(), e);
        }
    }

    private void layout() throws IOException {
        PayeeRequisites payee = source.payee();
        ReceiptAccount account = source.account();
        YearMonth month = YearMonth.from(source.period());
        float top = y;
        float textWidth = PDRectangle.A4.getWidth() - 2 * MARGIN - QR_SIZE - 20;

        line(bold, 13, "КВИТАНЦИЯ НА ОПЛАТУ", MARGIN, textWidth);
        line(bold, 11, "за " + MONTHS[month.getMonthValue() - 1] + " " + month.getYear() + " г.", MARGIN, textWidth);
        y -= 6;
        line(bold, 9, "Получатель платежа", MARGIN, textWidth);
        line(regular, 9, ReceiptFormat.orDash(payee.displayName()), MARGIN, textWidth);
        line(regular, 9, "ИНН " + ReceiptFormat.orDash(payee.inn()) + "   КПП " + ReceiptFormat.orDash(payee.kpp()), MARGIN, textWidth);
        line(regular, 9, "Р/с " + ReceiptFormat.orDash(payee.settlementAccount()), MARGIN, textWidth);
        line(regular, 9, "Банк " + ReceiptFormat.orDash(payee.bankName()), MARGIN, textWidth);
        line(regular, 9, "БИК " + ReceiptFormat.orDash(payee.bic()) + "   К/с " + ReceiptFormat.orDash(payee.correspondentAccount()), MARGIN, textWidth);
        if (payee.phone() != null && !payee.phone().isBlank()) {
            line(regular, 9, "Телефон " + payee.phone(), MARGIN, textWidth);
        }
        y -= 6;
        line(bold, 9, "Плательщик", MARGIN, textWidth);
        line(regular, 9, "Лицевой счёт № " + account.number(), MARGIN, textWidth);
        line(regular, 9, "Адрес: " + ReceiptFormat.orDash(account.address()), MARGIN, textWidth);
        line(regular, 9, "Владелец: " + HolderName.masked(account.holderName(), account.holderKind()), MARGIN, textWidth);

        float qrX = PDRectangle.A4.getWidth() - MARGIN - QR_SIZE;
        float textBottom = y;
        if (qrPayload != null) {
            QrDrawing.draw(content, qrPayload, qrX, top - QR_SIZE, QR_SIZE);
            y = top - QR_SIZE - 4;
            line(regular, 7, "Оплата по QR-коду", qrX, QR_SIZE);
            line(regular, 7, "(ГОСТ Р 56042-2014)", qrX, QR_SIZE);
        } else {
            y = top - 20;
            line(regular, 8, "QR-код не сформирован:", qrX, QR_SIZE);
            line(regular, 8, "реквизиты получателя не заполнены", qrX, QR_SIZE);
        }
        y = Math.min(y, textBottom) - 12;

        // charges by service and zone
        line(bold, 10, "Начисления за период", MARGIN, 400);
        float[] widths = {170, 75, 70, 40, 70, 90};
        String[] head = {"Услуга", "Зона", "Объём", "Ед.", "Тариф, руб.", "Сумма, руб."};
        row(bold, head, widths, true);
        if (source.charges().isEmpty()) {
            row(regular, new String[]{"Начислений нет", "", "", "", "", ""}, widths, false);
        }
        for (ReceiptCharge charge : source.charges()) {
            String service = charge.serviceNameRu() + ("ADJUSTMENT".equals(charge.kind()) ? " (перерасчёт)" : "");
            if (charge.lines().isEmpty()) {
                row(regular, new String[]{service, "—", "", "", "", ReceiptFormat.money(charge.amount())}, widths, false);
                continue;
            }
            Set<Integer> zones = new TreeSet<>();
            Map<Integer, Integer> perZone = new HashMap<>();
            for (ReceiptChargeLine l : charge.lines()) {
                zones.add(l.zone());
                perZone.merge(l.zone(), 1, Integer::sum);
            }
            boolean first = true;
            for (ReceiptChargeLine l : charge.lines()) {
                String zone = ReceiptFormat.zoneName(l.zone(), zones.size());
                if (perZone.get(l.zone()) > 1) {
                    zone += " с " + l.validFrom().format(SHORT_DATE);
                }
                row(regular, new String[]{first ? service : "", zone, ReceiptFormat.quantity(l.quantity()), ReceiptFormat.unit(charge.unit()),
                        ReceiptFormat.price(l.price()), ReceiptFormat.money(l.amount())}, widths, false);
                first = false;
            }
            BigDecimal linesTotal = charge.lines().stream().map(ReceiptChargeLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (charge.lines().size() > 1 || linesTotal.compareTo(charge.amount()) != 0) {
                row(regular, new String[]{"", "итого", "", "", "", ReceiptFormat.money(charge.amount())}, widths, false);
            }
        }
        row(bold, new String[]{"Итого начислено", "", "", "", "", ReceiptFormat.money(source.charged())}, widths, true);
        y -= 8;

        line(bold, 10, "Оплаты за период", MARGIN, 400);
        float[] payWidths = {100, 325, 90};
        row(bold, new String[]{"Дата", "Услуга", "Сумма, руб."}, payWidths, true);
        if (source.payments().isEmpty()) {
            row(regular, new String[]{"", "Оплат не поступало", ""}, payWidths, false);
        }
        for (ReceiptPayment payment : source.payments()) {
            row(regular, new String[]{payment.postedAt().atZone(zone()).format(DATE), payment.serviceNameRu(), ReceiptFormat.money(payment.amount())},
                    payWidths, false);
        }
        y -= 8;

        float[] sumWidths = {425, 90};
        BigDecimal debt = source.debtAtStart();
        row(regular, new String[]{debt.signum() >= 0 ? "Задолженность на начало периода" : "Аванс на начало периода",
                ReceiptFormat.money(debt.abs())}, sumWidths, false);
        row(regular, new String[]{"Начислено за период", ReceiptFormat.money(source.charged())}, sumWidths, false);
        row(regular, new String[]{"Оплачено за период", ReceiptFormat.money(source.paid())}, sumWidths, false);
        BigDecimal total = source.totalToPay();
        row(bold, new String[]{total.signum() >= 0 ? "ИТОГО К ОПЛАТЕ" : "Аванс (к оплате 0,00)", ReceiptFormat.money(total.abs())}, sumWidths, true);
        y -= 14;
        line(regular, 7, "Сформировано " + LocalDateTime.ofInstant(clock.instant(), zone()).format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"))
                + ". При оплате по QR-коду проверьте сумму и лицевой счёт.", MARGIN, 515);
    }

    private void row(PDType0Font font, String[] cells, float[] widths, boolean ruled) throws IOException {
        float size = 8.5f;
        float leading = size * 1.35f;
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> lines = wrap(font, size, cells[i], widths[i] - 4);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        ensure(height * leading + 4);
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            boolean numeric = i > 0 && (i == cells.length - 1 || widths.length == 6 && i >= 2 && i != 3);
            float lineY = y - size;
            for (String text : wrapped.get(i)) {
                float w = width(font, size, text);
                float tx = numeric ? x + widths[i] - 2 - w : x + 2;
                text(font, size, text, tx, lineY);
                lineY -= leading;
            }
            x += widths[i];
        }
        y -= height * leading + 2;
        if (ruled) {
            content.setStrokingColor(Color.GRAY);
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, y + 1);
            content.lineTo(x, y + 1);
            content.stroke();
            y -= 2;
        }
    }

    private void line(PDType0Font font, float size, String text, float x, float width) throws IOException {
        for (String part : wrap(font, size, text, width)) {
            ensure(size * 1.4f);
            text(font, size, part, x, y - size);
            y -= size * 1.4f;
        }
    }

    private void text(PDType0Font font, float size, String text, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        String safe = printable(font, text == null ? "" : text);
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : safe.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(font, size, candidate) <= width || current.isEmpty()) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private float width(PDType0Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Characters the font cannot show become '?', so foreign text never breaks a receipt. */
    private String printable(PDType0Font font, String text) {
        Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0xA0) {
                out.append(' ');
                return;
            }
            boolean ok = known.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.appendCodePoint(ok ? cp : '?');
        });
        return out.toString();
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            content.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private PDType0Font font(String resource) throws IOException {
        try (InputStream in = ReceiptPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the classpath");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private ZoneId zone() {
        try {
            return source.payee().timeZone() == null ? ZoneId.of("Europe/Moscow") : ZoneId.of(source.payee().timeZone());
        } catch (RuntimeException e) {
            return ZoneId.of("Europe/Moscow");
        }
    }
}
