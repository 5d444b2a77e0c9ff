package io.meterhub.dashboard.appeals;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.appeals.AccountChoice;
import io.meterhub.cabinet.appeals.Appeal;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.appeals.AppealFiling;
import io.meterhub.cabinet.appeals.AppealsFeature;
import io.meterhub.cabinet.appeals.NewAppeal;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.correspondence.NewAttachment;
import io.meterhub.dashboard.correspondence.MessageThread;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.Texts;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * A new appeal: the account (whose organization receives it), the category, the subject, the text and files. The
 * number and the deadline are given when it is sent; the page then opens the appeal.
 */
@Route(value = NewAppealView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class NewAppealView extends CustomerPage {
    public static final String ROUTE = "appeals/new";
    public static final String ACCOUNT_ID = "appeal-account";
    public static final String CATEGORY_ID = "appeal-category";
    public static final String SUBJECT_ID = "appeal-subject";

    private final transient AppealsFeature appeals;
    private final Select<AccountChoice> account = new Select<>();
    private final Select<AppealCategory> category = new Select<>();
    private final TextField subject = new TextField();

    public NewAppealView(AuthenticationContext authentication, AppealsFeature appeals) {
        super("appeals.new.title", authentication);
        this.appeals = appeals;
        add(new Anchor(MyAppealsView.ROUTE, getTranslation("appeals.back")));
        List<AccountChoice> accounts = appeals.filing().accounts(viewer);
        if (accounts.isEmpty()) {
            add(secondary(getTranslation("appeals.no-accounts")));
            return;
        }
        if (accounts.get(0).withoutAccount()) {
            add(secondary(getTranslation("appeals.only-connection")));
        }
        category.setId(CATEGORY_ID);
        category.setLabel(getTranslation("appeals.category"));
        category.setItems(AppealCategory.values());
        category.setItemLabelGenerator(c -> Texts.of(this, "appeals.category", c));
        category.setWidthFull();
        account.setId(ACCOUNT_ID);
        account.setLabel(getTranslation("appeals.account"));
        account.setItems(accounts);
        account.setItemLabelGenerator(a -> a.withoutAccount() ? getTranslation("appeals.without-account", a.organizationName())
                : a.accountNumber() + " · " + a.organizationName());
        // without an account one writes only about a connection: the category is then fixed
        account.addValueChangeListener(e -> {
            boolean without = e.getValue() != null && e.getValue().withoutAccount();
            if (without) {
                category.setValue(AppealCategory.CONNECTION);
            }
            category.setReadOnly(without);
        });
        account.setValue(accounts.get(0));
        account.setWidthFull();
        subject.setId(SUBJECT_ID);
        subject.setLabel(getTranslation("appeals.subject"));
        subject.setMaxLength(AppealFiling.MAX_SUBJECT);
        subject.setWidthFull();
        long maxBytes = appeals.queries().maxAttachmentBytes();
        add(account, category, subject, MessageThread.composer(this::file, maxBytes, file -> AppealFacts.rejected(this, maxBytes, file), () -> {
        }));
    }

    private void file(String text, List<NewAttachment> files) {
        category.setInvalid(false);
        subject.setInvalid(false);
        try {
            Appeal appeal = appeals.filing().file(viewer, new NewAppeal(account.getValue().accountId(), account.getValue().organizationId(), category.getValue(), subject.getValue(),
                    text, files));
            UI.getCurrent().navigate(AppealView.route(appeal.id()));
        } catch (ValidationException e) {
            if (AppealFiling.CATEGORY_REQUIRED.equals(e.code())) {
                category.setErrorMessage(refusal(e));
                category.setInvalid(true);
            } else if (AppealFiling.SUBJECT_REQUIRED.equals(e.code())) {
                subject.setErrorMessage(refusal(e));
                subject.setInvalid(true);
            }
            throw e;
        }
    }
}
