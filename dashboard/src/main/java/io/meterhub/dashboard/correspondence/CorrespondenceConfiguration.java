package io.meterhub.dashboard.correspondence;

import io.meterhub.cabinet.correspondence.Correspondence;
import io.meterhub.cabinet.correspondence.CorrespondenceRepository;
import io.meterhub.storage.cabinet.correspondence.JdbcCorrespondenceRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The correspondence feature's beans: the threads of messages that other features (connection, appeals) hold with customers. */
@Configuration(proxyBeanMethods = false)
public class CorrespondenceConfiguration {

    @Bean
    public CorrespondenceRepository correspondenceRepository(DataSource dataSource) {
        return new JdbcCorrespondenceRepository(dataSource);
    }

    @Bean
    public Correspondence correspondence(CorrespondenceRepository threads) {
        return new Correspondence(threads);
    }
}
