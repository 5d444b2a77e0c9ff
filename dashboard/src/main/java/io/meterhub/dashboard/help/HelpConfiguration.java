package io.meterhub.dashboard.help;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.help.HelpArticleRepository;
import io.meterhub.cabinet.help.HelpDesk;
import io.meterhub.cabinet.help.HelpFeature;
import io.meterhub.cabinet.help.HelpLibrary;
import io.meterhub.cabinet.help.HelpReaders;
import io.meterhub.cabinet.help.PublicPageKind;
import io.meterhub.cabinet.help.PublicPages;
import io.meterhub.cabinet.help.SafeMarkdown;
import io.meterhub.dashboard.ui.LoginText;
import io.meterhub.storage.cabinet.help.JdbcHelpArticleRepository;
import io.meterhub.storage.cabinet.help.JdbcPublicPageRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The help feature's beans. {@code MH_DEFAULT_ORGANIZATION} names the organization whose login text, contacts and "about"
 * a visitor without login reads (and whose help a signed-in user without an organization reads); unset, the product's own.
 */
@Configuration(proxyBeanMethods = false)
public class HelpConfiguration {
    public static final String DEFAULT_ORGANIZATION_VARIABLE = "MH_DEFAULT_ORGANIZATION";

    @Bean
    public HelpFeature helpFeature(DataSource dataSource, Transactions transactions, AccountRepository accounts, StaffRights rights, AuditLog audit,
                                   Clock clock, Environment environment) {
        HelpReaders readers = new HelpReaders(accounts, rights, environment.getProperty(DEFAULT_ORGANIZATION_VARIABLE));
        SafeMarkdown markdown = new SafeMarkdown();
        HelpArticleRepository articles = new JdbcHelpArticleRepository(dataSource);
        return new HelpFeature(new HelpLibrary(articles, readers, markdown), new HelpDesk(transactions, articles, readers, audit, clock),
                new PublicPages(transactions, new JdbcPublicPageRepository(dataSource), readers, markdown, audit, clock), readers, markdown);
    }

    @Bean
    public LoginText loginText(HelpFeature help) {
        return locale -> help.pages().page(null, PublicPageKind.LOGIN, locale).html();
    }
}
