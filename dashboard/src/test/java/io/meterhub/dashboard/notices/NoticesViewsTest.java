package io.meterhub.dashboard.notices;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.notices.Board;
import io.meterhub.cabinet.notices.BoardAnnouncement;
import io.meterhub.cabinet.notices.AudienceKind;
import io.meterhub.cabinet.notices.NoticesFeature;
import io.meterhub.cabinet.notifications.Notification;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.users.UserRepository;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.accounts.OverviewView;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.PlaceholderView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Properties;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The announcements' and outages' pages over the demo's seed (Karibu-Testing, real services, fresh database): ivanov reads the
 * seeded announcement on the overview and the unread count drops for him alone, and sees the seeded outage at his street;
 * staff with ANNOUNCEMENTS preview the count and publish, edit and withdraw; an outage published on the page reaches
 * petrova's overview and inbox and not ivanov's; staff without the module and customers are kept out; English by the switch.
 */
@SpringBootTest(classes = {DashboardApplication.class, DemoSeedBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class NoticesViewsTest extends KaribuSpringTest {
    @Autowired
    private NoticesFeature notices;
    @Autowired
    private UserRepository users;
    @Autowired
    private NotificationService notifications;

    @Test
    void ivanov_reads_the_demo_announcement_on_the_overview_and_only_his_unread_count_drops() {
        BoardAnnouncement seeded = notices.board().board(viewer("ivanov")).current().stream()
                .filter(a -> a.announcement().title().equals("Показания — через личный кабинет")).findFirst().orElseThrow();
        long petrovasUnread = notices.board().board(viewer("petrova")).unread();
        long unread = notices.board().board(viewer("ivanov")).unread();
        assertThat(seeded.read()).isFalse();

        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(OverviewView.class);
        assertThat(text(CustomerNotices.ANNOUNCEMENTS_ID)).contains("Показания — через личный кабинет").contains("новое");
        assertThat(text(CustomerNotices.UNREAD_ID)).isEqualTo("Новых: " + unread);
        Details details = _get(Details.class, spec -> spec.withId("announcement-" + seeded.announcement().id()));
        assertThat(text("announcement-" + seeded.announcement().id() + "-text")).startsWith("Передавайте показания с 15 по 25 число");
        _assertOne(Component.class, spec -> spec.withId("announcement-" + seeded.announcement().id() + "-marker"));
        details.setOpened(true);
        // the "new" marker goes, the count with it
        _assertNone(Component.class, spec -> spec.withId("announcement-" + seeded.announcement().id() + "-marker"));
        assertThat(notices.board().board(viewer("ivanov")).unread()).isEqualTo(unread - 1);
        assertThat(notices.board().board(viewer("petrova")).unread()).as("read per user").isEqualTo(petrovasUnread);
    }

    @Test
    void ivanov_sees_the_demo_outage_at_his_street_and_was_told_once_and_petrova_only_through_his_delegated_account() {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(OverviewView.class);
        assertThat(text(CustomerNotices.OUTAGES_ID)).contains("Электроэнергия").contains("Замена кабельной линии 0,4 кВ")
                .contains("ул. Молодогвардейская, 141–161, нечётная сторона").contains("6300123456").contains("Предстоит");
        assertThat(notifications.inbox(viewer("ivanov"), 50)).extracting(Notification::subject)
                .filteredOn(s -> s.startsWith("Плановое отключение: Электроэнергия")).hasSize(1);

        newUi();
        signIn("petrova", "anna-meter-42");
        UI.getCurrent().navigate(OverviewView.class);
        // her grid account is on Ново-Садовая and her flat on Молодогвардейская is the housing utility's, not the grid company's:
        // she sees the outage only through ivanov's account, whose readings he delegated to her in the demo
        assertThat(notices.board().board(viewer("petrova")).outages()).filteredOn(o -> o.outage().reason().equals("Замена кабельной линии 0,4 кВ"))
                .singleElement().satisfies(o -> assertThat(o.accountNumbers()).containsExactly("6300123456"));
    }

    @Test
    void staff_preview_the_count_and_how_it_reads_then_publish_edit_and_withdraw_an_announcement() {
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(AnnouncementsView.class);
        assertThat(_get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText()).isEqualTo("Объявления");
        _get(TextField.class, spec -> spec.withId(AnnouncementsView.TITLE_ID)).setValue("Подъезд 3: замена счётчиков");
        _get(TextArea.class, spec -> spec.withId(AnnouncementsView.TEXT_ID)).setValue("Будьте дома <b>с 9 до 12</b>");
        @SuppressWarnings("unchecked")
        Select<AudienceKind> audience = _get(Select.class, spec -> spec.withId(AnnouncementsView.AUDIENCE_ID));
        audience.setValue(AudienceKind.ADDRESS);
        TextField address = _get(TextField.class, spec -> spec.withId(AnnouncementsView.ADDRESS_ID));
        address.setValue("151");
        _click(_get(Button.class, spec -> spec.withId("announcement-preview")));
        assertThat(text("announcement-error")).startsWith("Это не улица с домами: «151»");
        address.setValue("ул. Молодогвардейская, 151");
        _click(_get(Button.class, spec -> spec.withId("announcement-preview")));
        assertThat(text("announcement-reach")).isEqualTo("Получат: лицевых счетов — 1, пользователей кабинета — 1");
        assertThat(text(AnnouncementsView.SAMPLE_ID)).contains("Будьте дома <b>с 9 до 12</b>");
        _click(_get(Button.class, spec -> spec.withId("announcement-publish")));
        assertThat(text("announcement-error")).isEmpty();

        var published = notices.announcements().list(staff("admin")).stream().filter(a -> a.title().equals("Подъезд 3: замена счётчиков"))
                .findFirst().orElseThrow();
        assertThat(text("announcement-list")).contains("Подъезд 3: замена счётчиков").contains("ул. Молодогвардейская, 151");
        assertThat(titles("ivanov")).contains("Подъезд 3: замена счётчиков");
        assertThat(titles("sidorov")).as("another street").doesNotContain("Подъезд 3: замена счётчиков");

        _click(_get(Button.class, spec -> spec.withId("announcement-" + published.id() + "-edit")));
        assertThat(_get(TextField.class, spec -> spec.withId(AnnouncementsView.TITLE_ID)).getValue()).isEqualTo("Подъезд 3: замена счётчиков");
        _get(TextField.class, spec -> spec.withId(AnnouncementsView.TITLE_ID)).setValue("Подъезд 3: замена счётчиков (перенос)");
        _click(_get(Button.class, spec -> spec.withId("announcement-publish")));
        assertThat(titles("ivanov")).contains("Подъезд 3: замена счётчиков (перенос)");

        _click(_get(Button.class, spec -> spec.withId("announcement-" + published.id() + "-withdraw")));
        assertThat(text("announcement-" + published.id())).contains("Снято");
        assertThat(titles("ivanov")).doesNotContain("Подъезд 3: замена счётчиков (перенос)");
    }

    @Test
    void an_outage_published_on_the_page_reaches_petrovas_overview_and_inbox_and_not_ivanovs() {
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(OutagesView.class);
        LocalDateTime start = LocalDate.now().plusDays(5).atTime(10, 0);
        _get(DateTimePicker.class, spec -> spec.withId(OutagesView.START_ID)).setValue(start);
        _get(DateTimePicker.class, spec -> spec.withId(OutagesView.END_ID)).setValue(start.plusHours(4));
        _get(TextArea.class, spec -> spec.withId(OutagesView.REASON_ID)).setValue("Ремонт трансформаторной подстанции ТП-12");
        _get(TextArea.class, spec -> spec.withId(OutagesView.ADDRESSES_ID)).setValue("ул. Ново-Садовая, 1-9, нечётные\nпр. Кирова, 2-10, чётные");
        _click(_get(Button.class, spec -> spec.withId("outage-preview")));
        assertThat(text("outage-reach")).isEqualTo("Получат: лицевых счетов — 1, пользователей кабинета — 1");
        _click(_get(Button.class, spec -> spec.withId("outage-publish")));
        assertThat(text("outage-error")).isEmpty();
        assertThat(text("outage-list")).contains("Ремонт трансформаторной подстанции ТП-12").contains("ул. Ново-Садовая, 1–9, нечётная сторона");

        newUi();
        signIn("petrova", "anna-meter-42");
        UI.getCurrent().navigate(OverviewView.class);
        assertThat(text(CustomerNotices.OUTAGES_ID)).contains("Ремонт трансформаторной подстанции ТП-12").contains("6300234567");
        assertThat(notifications.inbox(viewer("petrova"), 50)).extracting(Notification::body)
                .filteredOn(b -> b.contains("Ремонт трансформаторной подстанции ТП-12")).hasSize(1);
        assertThat(notices.board().board(viewer("ivanov")).outages()).noneMatch(o -> o.outage().reason().contains("ТП-12"));
    }

    @Test
    void staff_without_the_module_and_customers_are_kept_out_and_another_organization_sees_none_of_it() {
        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(AnnouncementsView.class);
        _assertOne(Component.class, spec -> spec.withId(ModulePage.NO_MODULE_ID));
        _assertNone(Component.class, spec -> spec.withId("announcement-list"));
        assertThat(text(ModulePage.NO_MODULE_ID)).contains("Объявления");
        UI.getCurrent().navigate(OutagesView.class);
        _assertOne(Component.class, spec -> spec.withId(ModulePage.NO_MODULE_ID));
        _assertNone(Component.class, spec -> spec.withId("outage-list"));

        newUi();
        signIn("uk-admin", "grid-chief-42");
        UI.getCurrent().navigate(OutagesView.class);
        assertThat(text("outage-list")).doesNotContain("Замена кабельной линии 0,4 кВ");

        newUi();
        signIn("ivanov", "ivan-meter-42");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AnnouncementsView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(OutagesView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void the_customers_page_lists_them_and_reads_in_english_by_the_switch() {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(NoticesView.class);
        assertThat(_get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText()).isEqualTo("Объявления и отключения");
        assertThat(text(CustomerNotices.ANNOUNCEMENTS_ID)).contains("Показания — через личный кабинет");
        assertThat(text(CustomerNotices.OUTAGES_ID)).contains("Замена кабельной линии 0,4 кВ");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(NoticesView.class);
        assertThat(_get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText()).isEqualTo("Announcements and outages");
        assertThat(text(CustomerNotices.OUTAGES_ID)).contains("Planned outages").contains("Electricity").contains("odd side");
    }

    @Test
    void russian_and_english_bundles_have_the_same_keys() throws IOException {
        assertThat(load("i18n/notices_ru.properties").keySet()).containsExactlyInAnyOrderElementsOf(load("i18n/notices.properties").keySet());
        assertThat(load("notices-messages_ru.properties").keySet()).containsExactlyInAnyOrderElementsOf(load("notices-messages.properties").keySet());
    }

    private java.util.List<String> titles(String login) {
        Board board = notices.board().board(viewer(login));
        return board.current().stream().map(a -> a.announcement().title()).toList();
    }

    private Viewer viewer(String login) {
        return Viewer.customer(users.byLogin(login).orElseThrow().id());
    }

    private Viewer staff(String login) {
        var user = users.byLogin(login).orElseThrow();
        return new Viewer(user.id(), io.meterhub.cabinet.access.Role.valueOf(user.role()), user.organizationId());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NoticesViewsTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
