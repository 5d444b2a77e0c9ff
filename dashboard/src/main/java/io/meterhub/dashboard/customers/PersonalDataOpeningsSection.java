package io.meterhub.dashboard.customers;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.customers.PersonalDataOpenings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A customer's "who opened my personal data": staff member, organization, time (the organization's zone) and reason, newest first. */
public final class PersonalDataOpeningsSection extends Div {
    public static final String ID = "personal-data-openings";
    public static final String ITEM_CLASS = "personal-data-opening";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public PersonalDataOpeningsSection(PersonalDataOpenings openings, Viewer customer, ZoneId zone) {
        setId(ID);
        setWidthFull();
        add(new H3(getTranslation("personal-data.openings.title")), new Paragraph(getTranslation("personal-data.openings.hint")));
        List<PersonalDataOpenings.Opening> mine = openings.ofMine(customer);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("personal-data.openings.none")));
        }
        for (PersonalDataOpenings.Opening o : mine) {
            Div item = new Div(getTranslation("personal-data.openings.item", TIME.format(o.at().atZone(zone)), o.organizationName(), o.staffLogin(),
                    o.reason()));
            item.addClassName(ITEM_CLASS);
            add(item);
        }
    }
}
