package io.meterhub.dashboard.appeals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.appeals.AppealTerms;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.dashboard.ui.Texts;

import java.util.EnumMap;
import java.util.Map;

/** The organization's answer terms per category in working days, which its administrator changes here (new appeals take them). */
final class AppealTermsPanel extends Details {
    static final String ID = "appeal-terms";
    static final String SAVE_ID = "appeal-terms-save";
    static final String MESSAGE_ID = "appeal-terms-message";

    AppealTermsPanel(AppealTerms terms, Viewer admin) {
        setId(ID);
        setSummaryText(getTranslation("appeals.terms"));
        setWidthFull();
        Map<AppealCategory, IntegerField> fields = new EnumMap<>(AppealCategory.class);
        Div form = new Div();
        form.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        Map<AppealCategory, Integer> current = terms.workingDays(admin.organizationId());
        current.forEach((category, days) -> {
            IntegerField field = new IntegerField(Texts.of(this, "appeals.category", category));
            field.setId(ID + "-" + category.name());
            field.setValue(days);
            field.setMin(1);
            field.setMax(AppealTerms.MAX_DAYS);
            field.setStepButtonsVisible(true);
            fields.put(category, field);
            form.add(field);
        });
        Span message = new Span();
        message.setId(MESSAGE_ID);
        message.getStyle().set("display", "block");
        Button save = new Button(getTranslation("appeals.terms.save"), click -> {
            try {
                // only the changed ones: each change is one audit entry
                fields.forEach((category, field) -> {
                    int days = field.getValue() == null ? 0 : field.getValue();
                    if (days != current.get(category)) {
                        terms.set(admin, category, days);
                        current.put(category, days);
                    }
                });
                message.setText(getTranslation("appeals.terms.saved"));
            } catch (CabinetException e) {
                message.setText(Texts.refusal(this, e));
            }
        });
        save.setId(SAVE_ID);
        add(new Span(getTranslation("appeals.terms.hint")), form, save, message);
    }
}
