package io.meterhub.cabinet.receipts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The payment payload of GOST R 56042-2014 ("two-dimensional barcode symbols for payments by
 * individuals"): a header {@code ST0001} and an encoding digit ({@code 2} = UTF-8), then
 * {@code Key=Value} requisites separated by {@code |}. The five mandatory requisites come first in
 * the standard's order (Name, PersonalAcc, BankName, BIC, CorrespAcc); Sum is in kopecks without a
 * separator. The separator cannot be escaped in the format, so a value containing {@code |} is
 * refused ({@link #clean(String)} makes free text safe first).
 *
 * <pre>ST00012|Name=...|PersonalAcc=...|BankName=...|BIC=...|CorrespAcc=...|Sum=123456|PersAcc=...|PaymPeriod=102026|PayeeINN=...|KPP=...|Purpose=...</pre>
 */
public final class GostPaymentQr {
    public static final String HEADER = "ST0001";
    /** The encoding digit for UTF-8 (1 is windows-1251, 3 is KOI8-R). */
    public static final char UTF8 = '2';
    public static final char SEPARATOR = '|';
    public static final List<String> MANDATORY = List.of("Name", "PersonalAcc", "BankName", "BIC", "CorrespAcc");
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MMyyyy");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(
            Map.entry("Name", 160), Map.entry("PersonalAcc", 20), Map.entry("BankName", 45), Map.entry("BIC", 9),
            Map.entry("CorrespAcc", 20), Map.entry("Sum", 18), Map.entry("Purpose", 210), Map.entry("PayeeINN", 12),
            Map.entry("PayerINN", 12), Map.entry("KPP", 9), Map.entry("PaymPeriod", 6));
    private static final Map<String, Pattern> FORMAT = Map.of(
            "PersonalAcc", Pattern.compile("\\d{20}"), "BIC", Pattern.compile("\\d{9}"), "CorrespAcc", Pattern.compile("\\d{1,20}"),
            "Sum", Pattern.compile("\\d{1,18}"), "PayeeINN", Pattern.compile("\\d{10}|\\d{12}"), "KPP", Pattern.compile("[0-9A-Z]{9}"),
            "PaymPeriod", Pattern.compile("(0[1-9]|1[0-2])\\d{4}"));

    private final Map<String, String> fields;

    private GostPaymentQr(Map<String, String> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Builder builder(String name, String personalAcc, String bankName, String bic, String correspAcc) {
        return new Builder().put("Name", name).put("PersonalAcc", personalAcc).put("BankName", bankName)
                .put("BIC", bic).put("CorrespAcc", correspAcc);
    }

    /** The requisites in order. */
    public Map<String, String> fields() {
        return fields;
    }

    public String field(String key) {
        return fields.get(key);
    }

    /** The Sum in roubles (scale 2), or null when there is none. */
    public BigDecimal sum() {
        String kopecks = fields.get("Sum");
        return kopecks == null ? null : new BigDecimal(kopecks).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The text to put into the QR code (encoded as UTF-8). */
    public String payload() {
        StringBuilder text = new StringBuilder(HEADER).append(UTF8);
        fields.forEach((key, value) -> text.append(SEPARATOR).append(key).append('=').append(value));
        return text.toString();
    }

    @Override
    public String toString() {
        return payload();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GostPaymentQr that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    /**
     * Reads a payload (UTF-8 only). The separator is the character after the header, as the
     * standard defines it.
     *
     * @throws IllegalArgumentException when it is not a valid UTF-8 payload of the standard
     */
    public static GostPaymentQr parse(String payload) {
        Objects.requireNonNull(payload, "payload");
        if (payload.length() < 8 || !payload.startsWith(HEADER)) {
            throw new IllegalArgumentException("not a GOST R 56042-2014 payload: it must start with " + HEADER);
        }
        if (payload.charAt(6) != UTF8) {
            throw new IllegalArgumentException("only UTF-8 payloads (encoding digit 2) are read, got " + payload.charAt(6));
        }
        char separator = payload.charAt(7);
        Builder builder = new Builder();
        for (String part : payload.substring(8).split(Pattern.quote(String.valueOf(separator)), -1)) {
            if (part.isEmpty()) {
                continue; // a trailing separator is tolerated
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("requisite \"" + part + "\" is not Key=Value");
            }
            String key = part.substring(0, eq);
            if (builder.fields.containsKey(key)) {
                throw new IllegalArgumentException("requisite " + key + " appears twice");
            }
            builder.put(key, part.substring(eq + 1));
        }
        List<String> order = new ArrayList<>(builder.fields.keySet()).subList(0, Math.min(5, builder.fields.size()));
        if (!order.equals(MANDATORY)) {
            throw new IllegalArgumentException("the payload must begin with the requisites " + MANDATORY + ", got " + order);
        }
        return builder.build();
    }

    /** Free text made safe for a value: the separator becomes '/', line breaks and repeated spaces one space. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return text.replace(SEPARATOR, '/').replaceAll("\\s+", " ").trim();
    }

    /** Builds a payload; every value is checked as it is put. */
    public static final class Builder {
        private final Map<String, String> fields = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a requisite of the standard (e.g. PayeeINN, KPP, Purpose, PersAcc, PaymPeriod, LastName...).
         *
         * @throws IllegalArgumentException for a blank value, one containing '|' or a line break, or one
         *                                  too long or ill-formed for its requisite
         */
        public Builder put(String key, String value) {
            if (key == null || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("requisite name \"" + key + "\" is not a GOST R 56042 name");
            }
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("requisite " + key + " is empty");
            }
            if (value.indexOf(SEPARATOR) >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("requisite " + key + " contains the separator '|' or a line break: \"" + value + "\"");
            }
            Integer max = MAX_LENGTH.get(key);
            if (max != null && value.length() > max) {
                throw new IllegalArgumentException("requisite " + key + " is longer than " + max + " characters: \"" + value + "\"");
            }
            Pattern format = FORMAT.get(key);
            if (format != null && !format.matcher(value).matches()) {
                throw new IllegalArgumentException("requisite " + key + " is not well formed: \"" + value + "\"");
            }
            fields.put(key, value);
            return this;
        }

        /** The Sum, given in roubles with at most two decimals; written in kopecks. */
        public Builder sum(BigDecimal roubles) {
            if (roubles == null || roubles.signum() <= 0) {
                throw new IllegalArgumentException("Sum must be positive, got " + roubles);
            }
            BigDecimal kopecks;
            try {
                kopecks = roubles.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("Sum " + roubles + " has more than two decimals", e);
            }
            return put("Sum", kopecks.toBigIntegerExact().toString());
        }

        public Builder payeeInn(String inn) {
            return put("PayeeINN", inn);
        }

        public Builder kpp(String kpp) {
            return put("KPP", kpp);
        }

        public Builder purpose(String purpose) {
            return put("Purpose", purpose);
        }

        /** The payer's account number with the payee (лицевой счёт). */
        public Builder persAcc(String accountNumber) {
            return put("PersAcc", accountNumber);
        }

        /** The period paid for, as MMYYYY. */
        public Builder paymPeriod(YearMonth month) {
            return put("PaymPeriod", month.format(PERIOD));
        }

        public GostPaymentQr build() {
            for (String key : MANDATORY) {
                if (!fields.containsKey(key)) {
                    throw new IllegalArgumentException("mandatory requisite " + key + " is missing");
                }
            }
            return new GostPaymentQr(fields);
        }
    }
}
