package io.meterhub.demo;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.help.ArticleDraft;
import io.meterhub.cabinet.help.HelpArticleRepository;
import io.meterhub.cabinet.help.HelpDesk;
import io.meterhub.cabinet.help.HelpReaders;
import io.meterhub.cabinet.help.HelpTopic;
import io.meterhub.cabinet.help.PublicPageKind;
import io.meterhub.cabinet.help.PublicPages;
import io.meterhub.cabinet.help.SafeMarkdown;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.help.JdbcHelpArticleRepository;
import io.meterhub.storage.cabinet.help.JdbcPublicPageRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The grid company's own help beside the product's default articles (which every organization has from migration V32):
 * its contacts page and one article of its own, written by its administrator through the editors' services, so they are
 * audited and versioned as the administrator's would be.
 */
final class HelpSeeder {
    private HelpSeeder() {
    }

    static void seed(DataSource dataSource, Clock clock, Viewer administrator) {
        JdbcTransactions transactions = new JdbcTransactions(dataSource);
        HelpReaders readers = new HelpReaders(new JdbcAccountRepository(dataSource), new StaffRights(new JdbcStaffRepository(dataSource)), null);
        AuditLog audit = new AuditLog(new JdbcAuditRepository(dataSource), new JdbcUserRepository(dataSource), transactions);
        HelpArticleRepository articles = new JdbcHelpArticleRepository(dataSource);
        new PublicPages(transactions, new JdbcPublicPageRepository(dataSource), readers, new SafeMarkdown(), audit, clock).save(administrator,
                PublicPageKind.CONTACTS, """
                        ## Волжская сетевая компания

                        - Телефон: **+7 846 300-00-00** (круглосуточно)
                        - Офис: Самара, ул. Садовая, 5, пн–пт 8:00–17:00
                        - Почта: [info@volga-grid.example](mailto:info@volga-grid.example)

                        Вопрос можно задать в разделе **Обращения**.""", """
                        ## Volga Grid Company

                        - Phone: **+7 846 300-00-00** (round the clock)
                        - Office: Samara, Sadovaya St. 5, Mon–Fri 8:00–17:00
                        - Email: [info@volga-grid.example](mailto:info@volga-grid.example)

                        You can ask a question under **Appeals**.""");
        new HelpDesk(transactions, articles, readers, audit, clock).save(administrator, new ArticleDraft("account-number", HelpTopic.ACCOUNT, 10,
                "Где найти номер лицевого счёта", """
                        Номер лицевого счёта — десять цифр в верхней части квитанции, например **6300123456**.

                        Если квитанции нет, позвоните нам: +7 846 300-00-00.""",
                "Where to find your account number", """
                        The account number is the ten digits at the top of the receipt, for example **6300123456**.

                        Without a receipt, call us: +7 846 300-00-00.""", true));
    }
}
