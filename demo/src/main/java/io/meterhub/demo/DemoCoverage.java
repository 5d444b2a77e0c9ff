package io.meterhub.demo;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.coverage.CoverageMap;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.coverage.JdbcCoverageRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * The demo grid company's coverage map, uploaded by its administrator as staff would: three service areas around
 * Samara, Novokuybyshevsk and Chapaevsk (made-up polygons) with their settlements and offices
 * ({@code coverage/service-areas.geojson}).
 */
final class DemoCoverage {
    static final String FILE = "coverage/service-areas.geojson";

    private DemoCoverage() {
    }

    static void seed(DataSource dataSource, Clock clock, Viewer gridAdmin) {
        CoverageMap map = new CoverageMap(new JdbcCoverageRepository(dataSource), new StaffRights(new JdbcStaffRepository(dataSource)),
                new AuditLog(new JdbcAuditRepository(dataSource), new JdbcUserRepository(dataSource), new JdbcTransactions(dataSource)), clock);
        try (InputStream in = DemoCoverage.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the demo's " + FILE + " is missing");
            }
            map.upload(gridAdmin, in.readAllBytes(), "зоны-обслуживания.geojson");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
