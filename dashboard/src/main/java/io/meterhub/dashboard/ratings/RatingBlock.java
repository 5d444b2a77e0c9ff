package io.meterhub.dashboard.ratings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.ratings.Rating;
import io.meterhub.cabinet.ratings.ServiceRatings;
import io.meterhub.dashboard.ui.Texts;

import java.util.function.BiFunction;

/**
 * The customer's rating of an answered appeal (or a held visit): five choices and a comment until it is rated, then the
 * rating as given. It is given once; the block then shows it in place of the form.
 */
public final class RatingBlock extends Div {
    public static final String ID = "rating";
    public static final String SCORE_ID = "rating-score";
    public static final String COMMENT_ID = "rating-comment";
    public static final String SEND_ID = "rating-send";
    public static final String GIVEN_ID = "rating-given";

    private final transient BiFunction<Integer, String, Rating> rate;
    private final String id;

    /** @param given the rating given already, null to offer the form */
    public RatingBlock(Rating given, BiFunction<Integer, String, Rating> rate) {
        this(ID, given, rate);
    }

    /** @param id the block's id; its parts' ids begin with it ({@code <id>-score}, {@code <id>-send}, ...), so several fit one page */
    public RatingBlock(String id, Rating given, BiFunction<Integer, String, Rating> rate) {
        this.rate = rate;
        this.id = id;
        setId(id);
        setWidthFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("box-sizing", "border-box");
        if (given == null) {
            form();
        } else {
            shown(given);
        }
    }

    private void form() {
        removeAll();
        add(new H3(getTranslation("ratings.ask")));
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
        score.setId(id + SCORE_ID.substring(ID.length()));
        score.setItems(5, 4, 3, 2, 1);
        score.setItemLabelGenerator(s -> getTranslation("ratings.score." + s));
        score.getStyle().set("flex-wrap", "wrap");
        TextArea comment = new TextArea(getTranslation("ratings.comment"));
        comment.setId(id + COMMENT_ID.substring(ID.length()));
        comment.setMaxLength(ServiceRatings.MAX_COMMENT);
        comment.setWidthFull();
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button send = new Button(getTranslation("ratings.send"), click -> {
            if (score.getValue() == null) {
                error.setText(getTranslation("ratings.choose"));
                return;
            }
            try {
                shown(rate.apply(score.getValue(), comment.getValue()));
            } catch (CabinetException e) {
                error.setText(Texts.refusal(this, e));
            }
        });
        send.setId(id + SEND_ID.substring(ID.length()));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.getStyle().set("align-self", "flex-start");
        add(score, comment, error, send);
    }

    private void shown(Rating rating) {
        removeAll();
        Span given = new Span(getTranslation("ratings.given", rating.score()));
        given.setId(id + GIVEN_ID.substring(ID.length()));
        add(new H3(getTranslation("ratings.title")), given);
        if (rating.comment() != null) {
            Span comment = new Span(rating.comment());
            comment.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("color", "var(--lumo-secondary-text-color)");
            add(comment);
        }
    }
}
