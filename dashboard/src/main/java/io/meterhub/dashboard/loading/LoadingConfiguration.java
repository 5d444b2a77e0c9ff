package io.meterhub.dashboard.loading;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.loading.DataLoadRepository;
import io.meterhub.cabinet.loading.DataLoadService;
import io.meterhub.cabinet.loading.ExportRepository;
import io.meterhub.cabinet.loading.ExportService;
import io.meterhub.cabinet.loading.LoadedRecordsRepository;
import io.meterhub.storage.cabinet.loading.JdbcDataLoadRepository;
import io.meterhub.storage.cabinet.loading.JdbcExportRepository;
import io.meterhub.storage.cabinet.loading.JdbcLoadedRecordsRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Data loading and exports: their repositories, the services, and the background threads checks and applies run on. */
@Configuration(proxyBeanMethods = false)
public class LoadingConfiguration {
    /**
     * Two loads at a time: a big file does not hold up a small one, and the cores stay the cabinet's. Not an
     * Executor bean, which would take the place of Spring Boot's own task executor.
     */
    public static final class BackgroundLoads implements AutoCloseable {
        private final ExecutorService executor;

        BackgroundLoads() {
            AtomicInteger threads = new AtomicInteger();
            executor = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "data-load-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }

        void execute(Runnable work) {
            executor.execute(work);
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    @Bean(destroyMethod = "close")
    public BackgroundLoads backgroundLoads() {
        return new BackgroundLoads();
    }

    @Bean
    public DataLoadRepository dataLoadRepository(DataSource dataSource) {
        return new JdbcDataLoadRepository(dataSource);
    }

    @Bean
    public LoadedRecordsRepository loadedRecordsRepository(DataSource dataSource) {
        return new JdbcLoadedRecordsRepository(dataSource);
    }

    @Bean
    public DataLoadService dataLoadService(DataLoadRepository loads, LoadedRecordsRepository records, StaffRights rights, AuditLog audit,
                                           BackgroundLoads background, Clock clock) {
        DataLoadService service = new DataLoadService(loads, records, rights, audit, background::execute, clock);
        service.failInterrupted();
        return service;
    }

    @Bean
    public ExportRepository exportRepository(DataSource dataSource) {
        return new JdbcExportRepository(dataSource);
    }

    @Bean
    public ExportService exportService(ExportRepository exports, StaffRights rights) {
        return new ExportService(exports, rights);
    }
}
