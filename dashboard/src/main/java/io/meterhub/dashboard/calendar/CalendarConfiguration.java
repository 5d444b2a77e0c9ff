package io.meterhub.dashboard.calendar;

import io.meterhub.cabinet.calendar.ProductionCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {
    @Bean
    public ProductionCalendar productionCalendar() {
        return ProductionCalendar.russia();
    }
}
