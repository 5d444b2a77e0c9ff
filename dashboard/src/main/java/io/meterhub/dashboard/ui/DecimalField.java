package io.meterhub.dashboard.ui;

import com.vaadin.flow.component.textfield.TextField;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A text field for a decimal such as kilowatts or kilometres: a Russian comma or a dot, spaces
 * between thousands allowed. {@link #read()} says on the field itself what is wrong (required,
 * not a number, below the minimum) and gives the number when it is right.
 */
public class DecimalField extends TextField {
    private final boolean required;
    private final BigDecimal minimum;
    private final boolean minimumExclusive;

    /**
     * @param minimum          the smallest value allowed, or null
     * @param minimumExclusive true when the value must be above {@code minimum} (power: above 0)
     */
    public DecimalField(String label, boolean required, BigDecimal minimum, boolean minimumExclusive) {
        super(label);
        this.required = required;
        this.minimum = minimum;
        this.minimumExclusive = minimumExclusive;
        setAllowedCharPattern("[0-9.,\\s]");
        setRequiredIndicatorVisible(required);
        addValueChangeListener(change -> setInvalid(false));
    }

    /** The number typed, or empty with the field marked invalid and its message set (an empty optional field gives empty, unmarked). */
    public Optional<BigDecimal> read() {
        String text = getValue() == null ? "" : getValue().replaceAll("[\\s\\u00A0]", "").replace(',', '.');
        if (text.isEmpty()) {
            if (required) {
                fail(getTranslation("connection.field.required"));
            }
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            fail(getTranslation("connection.field.not-a-number"));
            return Optional.empty();
        }
        if (minimum != null && (minimumExclusive ? value.compareTo(minimum) <= 0 : value.compareTo(minimum) < 0)) {
            fail(getTranslation(minimumExclusive ? "connection.field.above" : "connection.field.at-least",
                    ConnectionFormat.number(minimum, getLocale())));
            return Optional.empty();
        }
        setInvalid(false);
        return Optional.of(value);
    }

    /** Shows {@code value} as the user's language writes it ("5,5"). */
    public void show(BigDecimal value) {
        setValue(value == null ? "" : ConnectionFormat.number(value, getLocale()));
    }

    private void fail(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }
}
