package io.meterhub.dashboard.appeals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.appeals.AnswerTemplate;
import io.meterhub.cabinet.appeals.AppealAction;
import io.meterhub.cabinet.appeals.AppealCard;
import io.meterhub.cabinet.appeals.AppealComment;
import io.meterhub.cabinet.appeals.AppealsFeature;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.dashboard.correspondence.MessageThread;
import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.dashboard.ui.Texts;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * The staff's appeal card: its facts, "take into work" and "close", the thread whose form is the answer (the appeal is
 * then answered), and the internal comments the customer never sees.
 */
@Route(value = StaffAppealView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.APPEALS)
public class StaffAppealView extends ModulePage implements BeforeEnterObserver {
    public static final String ROUTE = "admin/appeals/:id([0-9]{1,18})";
    public static final String TAKE_ID = "appeal-take";
    public static final String CLOSE_ID = "appeal-close";
    public static final String MESSAGE_ID = "appeal-message";
    public static final String COMMENTS_ID = "appeal-comments";
    public static final String COMMENT_TEXT_ID = "appeal-comment-text";
    public static final String COMMENT_ADD_ID = "appeal-comment-add";
    public static final String TEMPLATE_ID = "appeal-template";

    private final transient AppealsFeature appeals;
    private final Div content = new Div();
    private final Span message = new Span();
    private long appealId;

    public StaffAppealView(AuthenticationContext authentication, StaffRights rights, AppealsFeature appeals) {
        super("appeals.appeal.title", authentication, rights);
        this.appeals = appeals;
        content.setWidthFull();
        message.setId(MESSAGE_ID);
        message.getStyle().set("display", "block");
        viewer().ifPresent(v -> add(content));
    }

    public static String route(long appealId) {
        return "admin/appeals/" + appealId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        appealId = event.getRouteParameters().getLong("id").orElse(-1L);
        message.setText("");
        viewer().ifPresent(this::refresh);
    }

    private void refresh(Viewer staff) {
        content.removeAll();
        AppealCard card;
        try {
            card = appeals.queries().card(staff, appealId);
        } catch (AccessDeniedException e) {
            content.add(note(getTranslation(e.code()), "appeal-not-found"));
            return;
        }
        Div head = card("appeal-card");
        head.add(AppealFacts.summary(this, card.appeal(), card.overdue(), null), AppealFacts.details(this, card.appeal()));
        content.add(new Anchor(AppealQueueView.ROUTE, getTranslation("appeals.queue.back")), head, message);
        if (card.actions().contains(AppealAction.TAKE)) {
            content.add(action(TAKE_ID, "appeals.take", () -> appeals.desk().take(staff, appealId), staff));
        }
        if (card.actions().contains(AppealAction.CLOSE)) {
            content.add(action(CLOSE_ID, "appeals.close", () -> appeals.desk().close(staff, appealId), staff));
        }
        MessageThread.Sender answer = card.actions().contains(AppealAction.ANSWER)
                ? (text, files) -> appeals.desk().answer(staff, appealId, text, files) : null;
        Div thread = card("appeal-thread");
        thread.getStyle().set("max-width", "none");
        thread.add(new H3(getTranslation("appeals.thread")));
        if (answer != null) {
            thread.add(note(getTranslation("appeals.answer.hint"), null));
        }
        MessageThread messages = AppealFacts.thread(this, appeals.queries(), staff, card, answer, () -> refresh(staff));
        if (answer != null) {
            List<AnswerTemplate> templates = appeals.templates().forCategory(staff, card.appeal().category());
            if (!templates.isEmpty()) {
                Select<AnswerTemplate> template = new Select<>();
                template.setId(TEMPLATE_ID);
                template.setLabel(getTranslation("appeals.templates.pick"));
                template.setItems(templates);
                template.setItemLabelGenerator(AnswerTemplate::title);
                template.setWidthFull();
                template.addValueChangeListener(e -> {
                    if (e.getValue() != null) {
                        messages.prefill(e.getValue().body());
                    }
                });
                thread.add(template);
            }
        }
        thread.add(messages);
        Div history = card("appeal-history-card");
        history.add(new H3(getTranslation("appeals.history")), AppealFacts.history(this, card));
        content.add(thread, comments(staff, card), history);
    }

    private Button action(String id, String key, Runnable act, Viewer staff) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                act.run();
                refresh(staff);
            } catch (CabinetException e) {
                message.setText(Texts.refusal(this, e));
            }
        });
        button.setId(id);
        return button;
    }

    private Div comments(Viewer staff, AppealCard card) {
        Div box = card(COMMENTS_ID);
        box.getStyle().set("max-width", "none");
        box.add(new H3(getTranslation("appeals.comments")));
        if (card.comments().isEmpty()) {
            box.add(note(getTranslation("appeals.comments.none"), null));
        }
        for (AppealComment comment : card.comments()) {
            Div line = new Div(new Span(comment.text()));
            line.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            box.add(note(comment.authorName() + " · " + ConnectionFormat.time(comment.at(), Texts.locale(), card.appeal().zone()), null), line);
        }
        TextArea text = new TextArea(getTranslation("appeals.comment.text"));
        text.setId(COMMENT_TEXT_ID);
        text.setWidthFull();
        Button add = new Button(getTranslation("appeals.comment.add"), click -> {
            try {
                appeals.desk().comment(staff, appealId, text.getValue());
                refresh(staff);
            } catch (CabinetException e) {
                text.setErrorMessage(Texts.refusal(this, e));
                text.setInvalid(true);
            }
        });
        add.setId(COMMENT_ADD_ID);
        box.add(text, add);
        return box;
    }
}
