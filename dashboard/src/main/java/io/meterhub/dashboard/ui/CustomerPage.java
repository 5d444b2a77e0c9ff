package io.meterhub.dashboard.ui;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.dashboard.services.CurrentViewer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The frame of a customer's view: the translated title (id {@link PlaceholderView#TITLE_ID}), the
 * viewer, and the formatting every view shares: amounts "1 234,56 ₽", dates, service names, refusals
 * of the cabinet's services in the user's language, and the one "not found" message for an id that is
 * not the customer's (the same whether it exists or not).
 */
public abstract class CustomerPage extends VerticalLayout implements HasDynamicTitle {
    public static final String NOT_FOUND_ID = "customer-not-found";
    private final String titleKey;
    protected final transient Viewer viewer;

    protected CustomerPage(String titleKey, AuthenticationContext authentication) {
        this.titleKey = titleKey;
        this.viewer = CurrentViewer.require(authentication);
        setPadding(true);
        setMaxWidth("1200px");
        setWidthFull();
        header();
    }

    private void header() {
        H2 title = new H2(getTranslation(titleKey));
        title.setId(PlaceholderView.TITLE_ID);
        title.getStyle().set("margin", "0");
        add(title);
    }

    /** Clears the view down to its title. */
    protected void reset() {
        removeAll();
        header();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }

    /** The view's content replaced by the "not found" message of a cabinet refusal (access.no_such_...). */
    protected void showNotFound(String code) {
        reset();
        Div message = new Div(new Span(getTranslation(code)));
        message.setId(NOT_FOUND_ID);
        message.getStyle().set("color", "var(--lumo-error-text-color)").set("padding", "var(--lumo-space-m) 0");
        add(message);
    }

    /** A refusal of a cabinet service in the user's language: the code through the i18n provider, the arguments formatted for it. */
    protected String refusal(CabinetException refusal) {
        return getTranslation(refusal.code(), arguments(refusal.args()));
    }

    protected Object[] arguments(List<Object> args) {
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            Object arg = args.get(i);
            if (arg instanceof LocalDate date) {
                shown[i] = date(date);
            } else if (arg instanceof YearMonth month) {
                shown[i] = month(month);
            } else if (arg instanceof BigDecimal decimal) {
                shown[i] = decimal(decimal);
            } else {
                shown[i] = arg == null ? "" : arg.toString();
            }
        }
        return shown;
    }

    protected boolean russian() {
        return !"en".equals(getLocale().getLanguage());
    }

    /** "1 234,56 ₽" in Russian, "1,234.56 ₽" in English; always kopecks. */
    protected String money(BigDecimal amount) {
        return money(amount, getLocale());
    }

    public static String money(BigDecimal amount, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean english = "en".equals(locale.getLanguage());
        symbols.setGroupingSeparator(english ? ',' : '\u00A0');
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount == null ? BigDecimal.ZERO : amount) + "\u00A0₽";
    }

    /** A reading or a quantity with its own decimals, in the locale's decimal separator. */
    protected String decimal(BigDecimal value) {
        String plain = value.toPlainString();
        return russian() ? plain.replace('.', ',') : plain;
    }

    /** A meter reading in the meter's own decimals ("1234,5"). */
    protected String reading(BigDecimal value, int decimals) {
        return decimal(value.scale() > decimals && value.stripTrailingZeros().scale() <= decimals ? value.setScale(decimals, RoundingMode.UNNECESSARY)
                : value);
    }

    protected String date(LocalDate date) {
        return date == null ? "" : (russian() ? DateTimeFormatter.ofPattern("dd.MM.yyyy") : DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH))
                .format(date);
    }

    protected String dateTime(LocalDateTime time) {
        return time == null ? "" : (russian() ? DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm") : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH))
                .format(time);
    }

    /** "март 2026" / "March 2026". */
    protected String month(YearMonth month) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, russian() ? Locale.forLanguageTag("ru") : Locale.ENGLISH);
        if (!russian()) {
            name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        return name + " " + month.getYear();
    }

    /** A service's name ("Электроэнергия"), or its code when there is no translation. */
    protected String service(String code) {
        return translatedOr("customer.service." + code, code);
    }

    /** A meter event's name, or its code. */
    protected String event(String code) {
        return translatedOr("customer.event." + code, code);
    }

    protected String zone(int zone) {
        return zone == 0 ? getTranslation("customer.zone.total") : "T" + zone;
    }

    private String translatedOr(String key, String fallback) {
        String text = getTranslation(key);
        return text.startsWith("!") ? fallback : text;
    }

    /** A line of secondary text. */
    public static Span secondary(String text) {
        Span span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }

    /** A bordered card that takes the full width on a phone. */
    public static Div card(Component... content) {
        Div card = new Div(content);
        card.addClassName("mh-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box").set("width", "100%")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        return card;
    }
}
