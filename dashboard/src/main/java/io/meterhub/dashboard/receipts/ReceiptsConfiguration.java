package io.meterhub.dashboard.receipts;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.receipts.ReceiptQueries;
import io.meterhub.cabinet.receipts.ReceiptService;
import io.meterhub.storage.cabinet.receipts.JdbcReceiptQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class ReceiptsConfiguration {
    @Bean
    public ReceiptQueries receiptQueries(DataSource dataSource) {
        return new JdbcReceiptQueries(dataSource);
    }

    @Bean
    public ReceiptService receiptService(ReceiptQueries queries, AccessPolicy access, Clock clock) {
        return new ReceiptService(queries, ReceiptService.holderOrStaff(queries, access), clock);
    }
}
