package io.meterhub.dashboard.registration;

import io.meterhub.cabinet.identity.IdentifierCheck;
import io.meterhub.cabinet.identity.IdentifierKind;
import io.meterhub.cabinet.identity.IdentifierProblem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.Optional;

/**
 * A SNILS, INN, OGRN or OGRNIP field that checks its length and check digits as soon as the user
 * leaves it (and again on every keystroke once it showed a problem, so the message goes away the
 * moment the number is right). The message names what is wrong, never the expected digit.
 */
public class IdentifierField extends TextField {
    private IdentifierKind kind;

    public IdentifierField(IdentifierKind kind) {
        this.kind = kind;
        setAllowedCharPattern("[0-9\\s\\-]");
        setValueChangeMode(ValueChangeMode.ON_CHANGE);
        addValueChangeListener(change -> {
            if (!getValue().isBlank() || isInvalid()) {
                check();
            }
        });
    }

    /** Changes what the field holds (INN of a person or of a company, OGRN or OGRNIP) as the category changes. */
    public void kind(IdentifierKind newKind) {
        this.kind = newKind;
        setMaxLength(newKind.length() + 4);
        if (isInvalid()) {
            check();
        }
    }

    public IdentifierKind kind() {
        return kind;
    }

    /** Marks the field with its problem (or clears the mark); true when the number is valid. */
    public boolean check() {
        Optional<IdentifierProblem> problem = IdentifierCheck.problem(kind, getValue());
        setErrorMessage(problem.map(p -> p.message(getLocale())).orElse(null));
        setInvalid(problem.isPresent());
        // once wrong, check as the user types, so a fixed number is seen as fixed at once
        setValueChangeMode(problem.isPresent() ? ValueChangeMode.LAZY : ValueChangeMode.ON_CHANGE);
        return problem.isEmpty();
    }
}
