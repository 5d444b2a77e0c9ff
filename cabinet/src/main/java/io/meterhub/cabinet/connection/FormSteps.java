package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.registration.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The checks of each step of the form on its own; a step with bad fields is refused listing every field. */
final class FormSteps {
    /** A cadastral number: district:area:quarter:plot, e.g. 63:01:0000000:123 (the quarter 6-7 digits, the plot up to 7). */
    static final Pattern CADASTRAL = Pattern.compile("\\d{2}:\\d{2}:\\d{6,7}:\\d{1,7}");
    private static final BigDecimal MAX_POWER_KW = new BigDecimal("100000");

    private FormSteps() {
    }

    /** Step 1; returns the representative's name trimmed. */
    static String applicant(ApplicantStep step) {
        Objects.requireNonNull(step, "step");
        List<FieldProblem> problems = new ArrayList<>();
        String representative = FormTexts.trimmed(step.representativeName());
        if (step.byRepresentative() && representative == null) {
            problems.add(FieldProblem.of("representativeName", "connection.representative_required"));
        }
        FormTexts.checkLength(problems, "representativeName", representative, 300);
        FormTexts.rejectIf(problems);
        return representative;
    }

    /** Step 2, trimmed. */
    static ObjectStep object(ObjectStep step) {
        Objects.requireNonNull(step, "step");
        List<FieldProblem> problems = new ArrayList<>();
        String address = FormTexts.trimmed(step.address());
        String cadastral = FormTexts.trimmed(step.cadastralNumber());
        if (address == null) {
            problems.add(FieldProblem.of("address", "connection.address_required"));
        }
        FormTexts.checkLength(problems, "address", address, 500);
        if (cadastral == null) {
            problems.add(FieldProblem.of("cadastralNumber", "connection.cadastral_required"));
        } else if (!CADASTRAL.matcher(cadastral).matches()) {
            problems.add(FieldProblem.of("cadastralNumber", "connection.cadastral_invalid", cadastral));
        }
        if (step.kind() == null) {
            problems.add(FieldProblem.of("kind", "connection.object_kind_required"));
        }
        FormTexts.rejectIf(problems);
        return new ObjectStep(address, cadastral, step.kind());
    }

    /** Step 3, the power already connected zero when not given. */
    static PowerStep power(PowerStep step) {
        Objects.requireNonNull(step, "step");
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal max = step.maxPowerKw();
        BigDecimal connected = step.alreadyConnectedKw() == null ? BigDecimal.ZERO : step.alreadyConnectedKw();
        if (max == null) {
            problems.add(FieldProblem.of("maxPowerKw", "connection.power_required"));
        } else if (max.signum() <= 0 || max.compareTo(MAX_POWER_KW) > 0) {
            problems.add(FieldProblem.of("maxPowerKw", "connection.power_range", max));
        } else if (max.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of("maxPowerKw", "connection.power_decimals"));
        }
        if (connected.signum() < 0 || connected.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of("alreadyConnectedKw", "connection.connected_invalid", connected));
        }
        if (step.connectionKind() == null) {
            problems.add(FieldProblem.of("connectionKind", "connection.connection_kind_required"));
        } else if (step.connectionKind() == ConnectionKind.INCREASE && connected.signum() == 0) {
            problems.add(FieldProblem.of("alreadyConnectedKw", "connection.increase_needs_connected"));
        }
        if (max != null && max.signum() > 0 && connected.compareTo(max) >= 0 && step.connectionKind() == ConnectionKind.INCREASE) {
            problems.add(FieldProblem.of("maxPowerKw", "connection.increase_not_above", max, connected));
        }
        if (step.voltage() == null) {
            problems.add(FieldProblem.of("voltage", "connection.voltage_required"));
        }
        if (step.reliability() == null) {
            problems.add(FieldProblem.of("reliability", "connection.reliability_required"));
        }
        FormTexts.rejectIf(problems);
        return new PowerStep(max, connected, step.voltage(), step.reliability(), step.connectionKind());
    }
}
