package io.meterhub.dashboard.twofactor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;

import java.util.List;

/** Recovery codes shown once, with what they are for. */
final class RecoveryCodesList extends Div {
    static final String ID = "second-factor-recovery";

    RecoveryCodesList(List<String> codes) {
        Pre list = new Pre(String.join("\n", codes));
        list.setId(ID);
        list.getStyle().set("font-size", "var(--lumo-font-size-l)");
        add(new Paragraph(getTranslation("twofactor.recovery.hint")), list);
    }
}
