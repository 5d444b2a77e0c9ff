package io.meterhub.cabinet.documents;

import io.meterhub.cabinet.connectionfee.FeeBreakdown;
import io.meterhub.cabinet.connectionfee.FeeLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents of a connection application as PDF: technical conditions, the invoice for the fee and
 * the contract. Their text is in templates ({@code documents/*.txt} beside this class: {@code #} a title,
 * {@code ##} a section, {@code {{feeTable}}} alone on a line the fee's lines, {@code {{name}}} a value), in
 * Russian, the language of the legal documents; an organization changes the wording there, not in code.
 */
public final class ConnectionDocuments {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String FEE_TABLE = "{{feeTable}}";
    private static final String NONE = "—";
    private static final char NO_BREAK = '\u00A0';
    /** A number and its unit stay on one line. */
    private static final Pattern NUMBER_UNIT = Pattern.compile("(\\d) (?=(кВт|кВ|км|руб\\.))");

    private final Clock clock;

    /** Documents dated by the system clock in its default zone. */
    public ConnectionDocuments() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock dates the documents, in its zone */
    public ConnectionDocuments(Clock clock) {
        this.clock = clock;
    }

    /** @param locale the documents are legal documents in Russian whatever the locale; it is kept for templates in other languages */
    public byte[] technicalConditions(ConnectionDocumentData d, Locale locale) {
        return render("technical-conditions", "Технические условия № " + d.applicationNumber(), d, locale);
    }

    public byte[] invoice(ConnectionDocumentData d, Locale locale) {
        return render("invoice", "Счёт № " + d.applicationNumber(), d, locale);
    }

    public byte[] contract(ConnectionDocumentData d, Locale locale) {
        return render("contract", "Договор № " + d.applicationNumber(), d, locale);
    }

    private byte[] render(String template, String title, ConnectionDocumentData d, Locale locale) {
        Map<String, String> values = values(d);
        List<Block> blocks = new ArrayList<>();
        for (String line : template(template, locale).split("\\R")) {
            if (line.strip().equals(FEE_TABLE)) {
                blocks.add(feeTable(d.fee()));
            } else if (line.isBlank()) {
                blocks.add(new Block.Gap());
            } else if (line.startsWith("## ")) {
                String text = fill(line.substring(3), values, template);
                boolean underTitle = !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.Title;
                blocks.add(underTitle ? new Block.Subtitle(text) : new Block.Heading(text));
            } else if (line.startsWith("# ")) {
                blocks.add(new Block.Title(fill(line.substring(2), values, template)));
            } else {
                blocks.add(new Block.Paragraph(fill(line, values, template)));
            }
        }
        try {
            return BlockPdf.render(title, blocks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + template + " of application " + d.applicationNumber(), e);
        }
    }

    private Map<String, String> values(ConnectionDocumentData d) {
        Map<String, String> v = new HashMap<>();
        v.put("documentNumber", d.applicationNumber());
        v.put("issuedOn", DATE.format(LocalDate.now(clock)));
        v.put("applicationNumber", d.applicationNumber());
        v.put("applicationDate", DATE.format(d.applicationDate()));
        v.put("applicantName", d.applicantName());
        v.put("applicantCategory", d.applicantCategory().label(RUSSIAN).toLowerCase(RUSSIAN));
        v.put("objectAddress", orNone(d.objectAddress()));
        v.put("cadastralNumber", orNone(d.cadastralNumber()));
        BigDecimal already = d.alreadyConnectedKw() == null ? BigDecimal.ZERO : d.alreadyConnectedKw();
        v.put("maxPowerKw", quantity(d.maxPowerKw()));
        v.put("alreadyConnectedKw", quantity(already));
        v.put("requestedKw", quantity(d.maxPowerKw().subtract(already)));
        v.put("voltage", d.voltage().label(RUSSIAN));
        v.put("reliabilityCategory", orNone(d.reliabilityCategory()));
        v.put("connectionKind", orNone(d.connectionKind()));
        v.put("organizationName", d.organizationName());
        v.put("organizationInn", orNone(d.organizationInn()));
        v.put("supplierName", orNone(d.supplierName()));
        v.put("feeTotal", money(d.fee().total()));
        v.put("feeYear", String.valueOf(d.fee().year()));
        v.put("feeBasis", d.fee().basisMessage(RUSSIAN));
        return v;
    }

    private static Block feeTable(FeeBreakdown fee) {
        List<List<String>> rows = new ArrayList<>();
        for (FeeLine line : fee.lines()) {
            rows.add(List.of(line.label(RUSSIAN), quantity(line.quantity()), unit(line.unit()), money(line.rate()), money(line.amount())));
        }
        rows.add(List.of("Итого", "", "", "", money(fee.total())));
        return new Block.Table(List.of("Наименование", "Кол-во", "Ед.", "Ставка, руб.", "Сумма, руб."), rows, new float[] {40, 11, 14, 17, 18});
    }

    /** Fills {{name}} with its value; a name the data lacks is a template error, never printed as is. */
    private static String fill(String line, Map<String, String> values, String template) {
        Matcher m = PLACEHOLDER.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("template " + template + " names an unknown value {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return NUMBER_UNIT.matcher(out).replaceAll("$1" + NO_BREAK);
    }

    /** The template in the locale's language when there is one ({@code contract_en.txt}), else the Russian one. */
    private static String template(String name, Locale locale) {
        InputStream in = ConnectionDocuments.class.getResourceAsStream(name + "_" + locale.getLanguage() + ".txt");
        if (in == null) {
            in = ConnectionDocuments.class.getResourceAsStream(name + ".txt");
        }
        try (InputStream template = in) {
            return new String(template.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unit(String unit) {
        return switch (unit) {
            case "kW" -> "кВт";
            case "km" -> "км";
            case "connection" -> "присоед.";
            default -> unit;
        };
    }

    /** Rubles as «1 450 000,00», grouped with no-break spaces. */
    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols());
        return format.format(amount);
    }

    /** kW and km as «12,5», «150». */
    static String quantity(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols());
        return format.format(value);
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(RUSSIAN);
        symbols.setGroupingSeparator(NO_BREAK);
        symbols.setDecimalSeparator(',');
        return symbols;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
