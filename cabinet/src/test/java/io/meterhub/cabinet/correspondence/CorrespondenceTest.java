package io.meterhub.cabinet.correspondence;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.correspondence.JdbcCorrespondenceRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Threads on any subject: numbered and dated messages, attachments checked by their bytes, read marks per side, each customer their own. */
class CorrespondenceTest {
    private static final long MAX = 1024 * 1024;
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static Fixture fixture;
    private static Correspondence correspondence;
    private static Viewer customer;
    private static Viewer otherCustomer;
    private static Viewer operator;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("correspondence");
        fixture.organization("GRID", Fixture.SAMARA, 15, 25);
        correspondence = new Correspondence(new JdbcCorrespondenceRepository(fixture.dataSource));
        customer = fixture.customer("writer").viewer();
        otherCustomer = fixture.customer("stranger").viewer();
        operator = fixture.staff("clerk", Role.OPERATOR, "GRID");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static Message post(Subject subject, Viewer author, String text, List<NewAttachment> files, Instant at) {
        return new JdbcTransactions(fixture.dataSource).inTransaction(tx -> correspondence.post(tx, subject, customer.userId(), "АП-7", Side.of(author), author.userId(),
                text, files, MAX, at));
    }

    @Test
    void messages_are_numbered_in_their_thread_and_dated() {
        Subject appeal = new Subject(SubjectKind.APPEAL, 7);
        Instant first = Instant.parse("2026-12-01T08:00:00Z");
        post(appeal, customer, "Счёт завышен", List.of(new NewAttachment("OTHER", "C:\\scans\\bill.pdf", PDF)), first);
        post(appeal, operator, "Проверяем", List.of(), first.plusSeconds(3600));
        // another subject's thread has its own numbers
        post(new Subject(SubjectKind.APPEAL, 8), customer, "Другое", List.of(), first);

        List<Message> thread = correspondence.thread(operator, appeal);
        assertThat(thread).extracting(Message::number).containsExactly("АП-7/1", "АП-7/2");
        assertThat(thread).extracting(Message::seq).containsExactly(1, 2);
        assertThat(thread).extracting(Message::at).containsExactly(first, first.plusSeconds(3600));
        assertThat(thread).extracting(Message::side).containsExactly(Side.CUSTOMER, Side.STAFF);
        Attachment bill = thread.get(0).attachments().get(0);
        assertThat(bill.fileName()).isEqualTo("bill.pdf");
        assertThat(bill.contentType()).isEqualTo("application/pdf");
        assertThat(correspondence.attachment(customer, appeal, bill.id()).bytes()).isEqualTo(PDF);
    }

    @Test
    void an_attachment_is_refused_by_its_bytes_whatever_its_name_says() {
        Subject appeal = new Subject(SubjectKind.APPEAL, 20);
        NewAttachment renamed = new NewAttachment("OTHER", "virus.pdf", new byte[]{'M', 'Z', 0, 0});
        assertThatThrownBy(() -> post(appeal, customer, "Вот файл", List.of(renamed), Instant.now()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code()).isEqualTo(FileCheck.TYPE));
        assertThatThrownBy(() -> Correspondence.check(List.of(new NewAttachment("OTHER", "empty.png", new byte[0])), MAX))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code()).isEqualTo(FileCheck.EMPTY));
        // nothing was written: the refusal came before the thread was touched
        assertThat(correspondence.thread(customer, appeal)).isEmpty();
    }

    @Test
    void each_side_has_its_own_read_mark() {
        Subject appeal = new Subject(SubjectKind.APPEAL, 30);
        post(appeal, customer, "Вопрос", List.of(), Instant.now());
        assertThat(correspondence.unread(operator, appeal)).isEqualTo(1);
        assertThat(correspondence.unread(customer, appeal)).isZero();
        post(appeal, operator, "Ответ 1", List.of(), Instant.now());
        post(appeal, operator, "Ответ 2", List.of(), Instant.now());
        assertThat(correspondence.unread(customer, appeal)).isEqualTo(2);
        correspondence.markRead(customer, appeal);
        assertThat(correspondence.unread(customer, appeal)).isZero();
        // the staff's mark is theirs: they have still not read the question
        assertThat(correspondence.unread(operator, appeal)).isEqualTo(1);
        correspondence.markRead(operator, appeal);
        assertThat(correspondence.unread(operator, appeal)).isZero();
    }

    @Test
    void a_customer_cannot_read_another_customers_thread_nor_its_files() {
        Subject appeal = new Subject(SubjectKind.APPEAL, 40);
        Message written = post(appeal, customer, "Личное", List.of(new NewAttachment("OTHER", "passport.pdf", PDF)), Instant.now());
        long file = written.attachments().get(0).id();
        assertThatThrownBy(() -> correspondence.thread(otherCustomer, appeal))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(Correspondence.NO_SUCH_THREAD));
        assertThatThrownBy(() -> correspondence.attachment(otherCustomer, appeal, file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> correspondence.markRead(otherCustomer, appeal)).isInstanceOf(AccessDeniedException.class);
        assertThat(correspondence.thread(customer, appeal)).hasSize(1);
    }
}
