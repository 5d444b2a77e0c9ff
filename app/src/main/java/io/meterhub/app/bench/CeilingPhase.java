package io.meterhub.app.bench;

import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.time.Instant;

/**
 * The fastest the database can store the same readings: COPY straight into raw_reading with its
 * primary key, no broker, no parsing, no pipeline.
 */
final class CeilingPhase {
    private CeilingPhase() {
    }

    static PhaseResult run(StorageConfig server, BenchWorkload workload, long readings) throws Exception {
        try (BenchDatabase db = new BenchDatabase(server, "ceiling"); Connection connection = Database.connect(db.storage)) {
            long started = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY raw_reading (meter_id, obis, ts, value) FROM STDIN", new GeneratedRows(workload, readings));
            double seconds = (System.nanoTime() - started) / 1e9;
            if (copied != readings || db.count("SELECT count(*) FROM raw_reading") != readings) {
                throw new IllegalStateException("ceiling: copied " + copied + " of " + readings + " readings");
            }
            return new PhaseResult("ceiling", readings, seconds, Double.NaN, Double.NaN, Double.NaN);
        }
    }

    /** COPY text rows made on the fly: meter, register, distinct timestamps, value. */
    private static final class GeneratedRows extends Reader {
        private final String[] meterIds;
        private final long total;
        private final long base = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        private long produced;
        private final StringBuilder line = new StringBuilder(80);
        private int position;

        GeneratedRows(BenchWorkload workload, long total) {
            this.meterIds = new String[workload.meters()];
            for (int meter = 0; meter < meterIds.length; meter++) {
                meterIds[meter] = BenchWorkload.meterId(meter);
            }
            this.total = total;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int written = 0;
            while (written < length) {
                if (position == line.length()) {
                    if (produced == total) {
                        return written == 0 ? -1 : written;
                    }
                    long index = produced++;
                    int register = (int) (index % BenchWorkload.REGISTERS.length);
                    long sample = index / BenchWorkload.REGISTERS.length;
                    int meter = (int) (sample % meterIds.length);
                    long round = sample / meterIds.length;
                    line.setLength(0);
                    line.append(meterIds[meter]).append('\t').append(BenchWorkload.REGISTERS[register]).append('\t')
                            .append(Instant.ofEpochMilli(base + round * 1000)).append('\t').append(1000 + round * 0.001).append('\n');
                    position = 0;
                }
                int chunk = Math.min(length - written, line.length() - position);
                line.getChars(position, position + chunk, buffer, offset + written);
                position += chunk;
                written += chunk;
            }
            return written;
        }

        @Override
        public void close() throws IOException {
        }
    }
}
