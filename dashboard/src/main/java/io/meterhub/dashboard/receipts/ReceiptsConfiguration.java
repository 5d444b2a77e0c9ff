package io.meterhub.dashboard.receipts;

import io.meterhub.cabinet.receipts.ReceiptService;
import io.meterhub.storage.cabinet.payments.receipt.ReceiptQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class ReceiptsConfiguration {
    @Bean
    public ReceiptQueries receiptQueries(DataSource dataSource) {
        return new ReceiptQueries(dataSource);
    }

    @Bean
    public ReceiptService receiptService(ReceiptQueries queries, Clock clock) {
        return new ReceiptService(queries, ReceiptService.holderOrStaff(queries), clock);
    }
}
