package io.meterhub.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The cabinet's clock; a test declares a {@code @Primary} fixed clock to stand inside a submission window. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {
    @Bean
    public Clock cabinetClock() {
        return Clock.systemUTC();
    }
}
