package io.meterhub.dashboard.outbox;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.registration.ProfileForm;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.registration.SignUp;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard started as the demo: a phone code goes to the outbox page (and nowhere in the log). */
@SpringBootTest(classes = {DashboardApplication.class, DemoSeedBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"spring.config.name=" + DashboardApplication.CONFIG_NAME,
                OutboxConfiguration.DEMO_ORGANIZATION_PROPERTY + "=" + DemoSeedBeans.GRID})
@DirtiesContext
class OutboxViewTest extends KaribuSpringTest {
    private static final String PHONE = "+7 912 345-67-67";

    @Autowired
    private RegistrationService registration;
    @Autowired
    private OneTimeCodeDelivery codes;

    @Test
    void the_phone_code_is_shown_on_the_outbox_page_and_confirms_the_phone_while_the_log_holds_neither_code_nor_phone() {
        long userId = registration.signUp(new SignUp("outbox1", "Secret-123-x", "ru", new ProfileForm(ApplicantCategory.INDIVIDUAL,
                "Смирнова Ольга Петровна", null, "112-233-445 95", null, null, PHONE, "outbox1@example.ru", null)));
        Viewer viewer = Viewer.customer(userId);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            codes.forUser(userId, () -> registration.sendPhoneCode(viewer));
        } finally {
            root.detachAppender(log);
        }

        UI.getCurrent().navigate(OutboxView.class);
        List<Div> messages = _find(Div.class, spec -> spec.withClasses(OutboxView.MESSAGE_CLASS));
        assertThat(messages).isNotEmpty();
        String newest = messages.get(0).getElement().getTextRecursively();
        assertThat(newest).contains("SMS").contains("+7 *** ***-**-67").doesNotContain("345-67");
        Matcher code = Pattern.compile("Код: (\\d{6})").matcher(newest);
        assertThat(code.find()).as("a code in %s", newest).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId(OutboxView.LIST_ID)).getElement().getTextRecursively())
                .doesNotContain("outbox1@example.ru");

        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).as("the send is logged").anyMatch(line -> line.contains("SMS sent to +7 *** ***-**-67"));
        assertThat(lines).noneMatch(line -> line.contains(code.group(1)) || line.contains("9123456767") || line.contains("345-67-67"));

        registration.confirmPhone(viewer, code.group(1));
        assertThat(registration.profile(viewer).orElseThrow().phoneConfirmed()).isTrue();
    }
}
