package io.meterhub.dashboard.directory;

import io.meterhub.dashboard.DemoDashboard;
import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.demo.DemoDirectory;

/** The demo's directory (embedded UnboundID on a free port) and the dashboard over the demo's data, pointed at it. */
final class DirectoryDashboard implements AutoCloseable {
    final DemoDirectory directory;
    final DemoDashboard dashboard;

    private DirectoryDashboard(DemoDirectory directory, DemoDashboard dashboard) {
        this.directory = directory;
        this.dashboard = dashboard;
    }

    static DirectoryDashboard start() {
        DemoDirectory directory = DemoDirectory.start(0);
        try {
            return new DirectoryDashboard(directory, DemoDashboard.start(directory.variables(DemoSeedBeans.GRID)));
        } catch (RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            dashboard.close();
        } finally {
            directory.close();
        }
    }
}
