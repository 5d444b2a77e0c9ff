package io.meterhub.api.aiis;

import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an 80020 file with the JDK's StAX parser (namespace-unaware, no DTD, no external entities:
 * a file can neither expand entities nor make the server fetch anything). The declared encoding
 * is honoured (windows-1251 or UTF-8); a declaration without one, or with one blanked by spaces as
 * some generators leave it, is read as UTF-8 when the bytes are valid UTF-8 and as windows-1251
 * otherwise. Element order inside {@code datetime}, {@code sender} and {@code area} is free;
 * unknown elements and attributes are skipped. Whatever is wrong with the file as a whole is a
 * problem naming where, by element path.
 */
public final class Maket80020Reader {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Pattern DECLARATION = Pattern.compile("^\\s*<\\?xml[^?]*?\\?>");
    private static final Pattern DECLARED_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern HHMM = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final XMLInputFactory FACTORY = factory();

    public Maket80020 read(byte[] bytes) {
        try {
            XMLStreamReader xml = open(bytes);
            try {
                return message(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ")";
            throw refused("#", "not well-formed XML" + where + ": " + firstLine(e.getMessage()));
        }
    }

    private static XMLStreamReader open(byte[] bytes) throws XMLStreamException {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher declaration = DECLARATION.matcher(head);
        if (declaration.find()) {
            Matcher encoding = DECLARED_ENCODING.matcher(declaration.group());
            if (encoding.find() && !encoding.group(1).isBlank()) {
                return FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
            }
        }
        // No usable declared encoding: decide by the bytes, and hand the parser text without the declaration.
        String text = utf8(bytes);
        if (text == null) {
            text = new String(bytes, WINDOWS_1251);
        }
        text = DECLARATION.matcher(text).replaceFirst("");
        return FACTORY.createXMLStreamReader(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Maket80020 message(XMLStreamReader xml) throws XMLStreamException {
        xml.nextTag();
        if (!"message".equals(xml.getLocalName())) {
            throw refused("#", "the root element must be <message>, not <" + xml.getLocalName() + ">");
        }
        if (!"80020".equals(xml.getAttributeValue(null, "class"))) {
            throw refused("#/@class", "class must be \"80020\", not " + quoted(xml.getAttributeValue(null, "class"))
                    + ": only макет 80020 is taken here");
        }
        if (!"2".equals(xml.getAttributeValue(null, "version"))) {
            throw refused("#/@version", "version must be \"2\", not " + quoted(xml.getAttributeValue(null, "version")));
        }
        long number = number(xml.getAttributeValue(null, "number"), "#/@number", "number");
        Map<String, String> datetime = null;
        Map<String, String> sender = null;
        List<Maket80020.Area> areas = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "datetime" -> datetime = children(xml);
                case "sender" -> sender = children(xml);
                case "area" -> areas.add(area(xml, "#/area/" + areas.size()));
                default -> skip(xml);
            }
        }
        if (datetime == null || datetime.get("day") == null) {
            throw refused("#/datetime/day", "<datetime><day>YYYYMMDD</day></datetime> is required");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(datetime.get("day"), DAY);
        } catch (DateTimeParseException e) {
            throw refused("#/datetime/day", "day must be YYYYMMDD, not " + quoted(datetime.get("day")));
        }
        String dst = datetime.getOrDefault("daylightsavingtime", "0");
        if (!dst.matches("[012]")) {
            throw refused("#/datetime/daylightsavingtime", "daylightsavingtime must be 0, 1 or 2, not " + quoted(dst));
        }
        if (sender == null || sender.get("inn") == null || sender.get("inn").isBlank()) {
            throw refused("#/sender/inn", "<sender><inn>...</inn></sender> is required");
        }
        if (areas.isEmpty()) {
            throw refused("#/area", "the file has no <area>");
        }
        return new Maket80020(number, day, datetime.get("timestamp"), Integer.parseInt(dst), sender.get("inn").trim(), sender.get("name"), areas);
    }

    private static Maket80020.Area area(XMLStreamReader xml, String pointer) throws XMLStreamException {
        String zone = xml.getAttributeValue(null, "timezone");
        int timezone = zone == null || zone.isBlank() ? 1 : (int) number(zone, pointer + "/@timezone", "timezone");
        String inn = null;
        String name = null;
        List<Maket80020.Point> points = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "inn" -> inn = xml.getElementText().trim();
                case "name" -> name = xml.getElementText().trim();
                case "measuringpoint", "deliverypoint" -> points.add(point(xml, pointer + "/" + xml.getLocalName() + "/" + points.size()));
                default -> skip(xml);
            }
        }
        return new Maket80020.Area(inn, name, timezone, points, pointer);
    }

    private static Maket80020.Point point(XMLStreamReader xml, String pointer) throws XMLStreamException {
        String code = code(xml, pointer, "a measuring point");
        String name = xml.getAttributeValue(null, "name");
        return new Maket80020.Point(code, name, repeated(xml, "measuringchannel", pointer, Maket80020Reader::channel), pointer);
    }

    private static Maket80020.Channel channel(XMLStreamReader xml, String pointer) throws XMLStreamException {
        String code = code(xml, pointer, "a measuring channel");
        return new Maket80020.Channel(code, repeated(xml, "period", pointer, Maket80020Reader::period), pointer);
    }

    private static String code(XMLStreamReader xml, String pointer, String what) {
        String code = xml.getAttributeValue(null, "code");
        if (code == null || code.isBlank()) {
            throw refused(pointer + "/@code", what + " needs its code");
        }
        return code.trim();
    }

    /** Reads an element's children of one name, each by its path; other children are skipped. */
    private static <T> List<T> repeated(XMLStreamReader xml, String element, String pointer, ChildReader<T> reader) throws XMLStreamException {
        List<T> items = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (element.equals(xml.getLocalName())) {
                items.add(reader.read(xml, pointer + "/" + element + "/" + items.size()));
            } else {
                skip(xml);
            }
        }
        return items;
    }

    @FunctionalInterface
    private interface ChildReader<T> {
        T read(XMLStreamReader xml, String pointer) throws XMLStreamException;
    }

    private static Maket80020.Period period(XMLStreamReader xml, String pointer) throws XMLStreamException {
        int start = minute(xml.getAttributeValue(null, "start"), pointer + "/@start");
        int end = minute(xml.getAttributeValue(null, "end"), pointer + "/@end");
        if (end == 0) {
            end = 1440; // 0000 as an end is the midnight that ends the day
        }
        if (end - start != 30 && end - start != 60) {
            throw refused(pointer, "a period lasts 30 or 60 minutes; this one runs from " + xml.getAttributeValue(null, "start") + " to "
                    + xml.getAttributeValue(null, "end"));
        }
        boolean summer = "1".equals(xml.getAttributeValue(null, "summer"));
        String value = null;
        int status = 0;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if ("value".equals(xml.getLocalName()) && value == null) {
                String statusText = xml.getAttributeValue(null, "status");
                status = statusText == null || statusText.isBlank() ? 0 : (int) number(statusText, pointer + "/value/@status", "status");
                summer |= "1".equals(xml.getAttributeValue(null, "summer"));
                value = xml.getElementText().trim();
            } else {
                skip(xml);
            }
        }
        return new Maket80020.Period(start, end, summer, value == null ? "" : value, status, pointer);
    }

    private static Map<String, String> children(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> values = new HashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            values.put(name, xml.getElementText().trim());
        }
        return values;
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static int minute(String text, String pointer) {
        Matcher hhmm = text == null ? null : HHMM.matcher(text.trim());
        if (hhmm == null || !hhmm.matches()) {
            throw refused(pointer, "a period's time is HHMM, not " + quoted(text));
        }
        return Integer.parseInt(hhmm.group(1)) * 60 + Integer.parseInt(hhmm.group(2));
    }

    private static long number(String text, String pointer, String what) {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw refused(pointer, what + " must be an integer, not " + quoted(text));
        }
    }

    static ProblemException refused(String pointer, String detail) {
        return new ProblemException(Problems.invalid("the file is not a макет 80020 this API can read", List.of(FieldError.at(pointer, detail))));
    }

    private static String quoted(String text) {
        return text == null ? "none" : "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String last = message.lines().reduce((a, b) -> b).orElse(message);
        return last.replaceFirst("^Message: ", "");
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
