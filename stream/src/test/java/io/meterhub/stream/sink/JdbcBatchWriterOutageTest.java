package io.meterhub.stream.sink;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.testkit.TestServices;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The database goes away under a running sink, for real (its TCP connections are cut), and comes back. */
class JdbcBatchWriterOutageTest {
    // One statement, not executeBatch: pgjdbc asserts (under -ea, as in tests) when a batch meets a closed connection.
    private static final BatchStatement<Integer> INSERT = (connection, rows) -> {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outage_row SELECT unnest(?) ON CONFLICT DO NOTHING")) {
            insert.setArray(1, connection.createArrayOf("int4", rows.toArray()));
            return insert.executeUpdate();
        }
    };

    @TempDir
    Path deadLetters;
    private String jdbcUrl;
    private Database database;
    private TcpProxy proxy;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger outageLogger = (Logger) LoggerFactory.getLogger(DatabaseOutage.class);

    @BeforeEach
    void databaseBehindAProxy() throws Exception {
        jdbcUrl = TestServices.freshDatabase("sink_outage");
        database = Database.open(StorageConfig.of(jdbcUrl));
        try (Connection connection = database.dataSource().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE outage_row (n int PRIMARY KEY)");
        }
        URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
        proxy = new TcpProxy(server.getHost(), server.getPort());
        log.start();
        outageLogger.addAppender(log);
    }

    @AfterEach
    void close() throws Exception {
        outageLogger.detachAppender(log);
        proxy.close();
        database.close();
    }

    private StorageConfig throughProxy() {
        URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
        return StorageConfig.of(jdbcUrl.replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + proxy.port()));
    }

    @Test
    void an_outage_logs_one_line_per_attempt_with_a_count_the_stack_trace_once_and_the_rows_are_written_when_it_ends() throws Exception {
        JdbcBatchWriter<Integer> writer = new JdbcBatchWriter<>("outage test", throughProxy(), INSERT, 1_000, 60_000, new NoTimers(),
                UnregisteredMetricsGroup.createSinkWriterMetricGroup(), new DeadLetterFile(deadLetters.toString()));
        try {
            writer.write(1, null);
            writer.flush(false);
            assertThat(writer.outageFailures()).isZero();

            proxy.down();
            writer.write(2, null);
            writer.write(3, null);
            CompletableFuture<Void> flushed = CompletableFuture.runAsync(() -> {
                try {
                    writer.flush(false);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = System.currentTimeMillis() + 20_000;
            while (writer.outageFailures() < 4 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(writer.outageFailures()).as("attempts during the outage").isGreaterThanOrEqualTo(4);
            assertThat(flushed).as("the flush waits for the database instead of failing").isNotDone();
            proxy.up();
            flushed.get(20, TimeUnit.SECONDS);

            assertThat(count()).isEqualTo(3);
            assertThat(writer.outageFailures()).isZero();
        } finally {
            writer.close();
        }

        List<ILoggingEvent> warnings = log.list.stream().filter(event -> event.getLevel() == Level.WARN).toList();
        assertThat(warnings).hasSizeGreaterThanOrEqualTo(4);
        assertThat(warnings.get(0).getThrowableProxy()).as("the first failure carries the stack trace").isNotNull();
        assertThat(warnings.subList(1, warnings.size())).allSatisfy(warning -> assertThat(warning.getThrowableProxy()).isNull());
        for (int i = 0; i < warnings.size(); i++) {
            assertThat(warnings.get(i).getFormattedMessage()).startsWith("the outage test sink cannot reach the database (failure " + (i + 1))
                    .doesNotContain("\n");
        }
        assertThat(log.list).filteredOn(event -> event.getLevel() == Level.INFO).singleElement()
                .satisfies(info -> assertThat(info.getFormattedMessage())
                        .startsWith("the outage test sink reached the database again after " + warnings.size() + " failures"));
    }

    private long count() throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT count(*) FROM outage_row")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Batches go out on flush only: the test decides when. */
    private static final class NoTimers implements ProcessingTimeService {
        @Override
        public long getCurrentProcessingTime() {
            return System.currentTimeMillis();
        }

        @Override
        public java.util.concurrent.ScheduledFuture<?> registerTimer(long timestamp, ProcessingTimeCallback callback) {
            return null;
        }
    }
}
