package io.meterhub.dashboard.otp;

import com.vaadin.flow.i18n.I18NProvider;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.notifications.sms.SmsProvider;
import io.meterhub.cabinet.otp.OneTimeCodeRepository;
import io.meterhub.cabinet.otp.CodeKey;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import io.meterhub.storage.cabinet.otp.JdbcOneTimeCodeRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** One-time codes: issued and checked by the cabinet, sent by SMS only (to the phone the cabinet names). */
@Configuration(proxyBeanMethods = false)
public class OtpConfiguration {
    @Bean
    public OneTimeCodeRepository oneTimeCodeRepository() {
        return new JdbcOneTimeCodeRepository();
    }

    @Bean
    public OneTimeCodes oneTimeCodes(Transactions transactions, OneTimeCodeRepository codes, Clock clock) {
        return new OneTimeCodes(transactions, codes, clock, CodeKey.fromEnvironment(System.getenv()));
    }

    @Bean
    public OneTimeCodeDelivery oneTimeCodeDelivery(SmsProvider sms, UserService users, I18NProvider texts) {
        return new OneTimeCodeDelivery(sms, users, texts);
    }
}
