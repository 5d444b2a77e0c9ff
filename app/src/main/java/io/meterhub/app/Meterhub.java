package io.meterhub.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one launcher: {@code ./meterhub <subcommand>}. */
@Command(name = "meterhub", mixinStandardHelpOptions = true, version = "meterhub 0.1.0",
        description = "Metering telemetry: ingest, pipeline, storage and tools.",
        subcommands = {
                CommandLine.HelpCommand.class,
                MigrateCommand.class,
                ReencryptPersonalDataCommand.class,
                StreamCommand.class,
                CabinetCommand.class,
                ApiCommand.class,
                ApiKeyCommand.class,
                IngestCommand.class,
                SimulateCommand.class,
                ProbeCommand.class,
                DemoCommand.class,
                BenchCommand.class,
                AnomalyThresholdsCommand.class,
        })
public final class Meterhub implements Runnable {

    public static void main(String[] args) {
        int exit;
        try {
            exit = new CommandLine(new Meterhub()).execute(args);
        } catch (Throwable t) {
            t.printStackTrace();
            exit = 1;
        }
        // Flink MiniCluster and broker threads are not all daemons: leave explicitly.
        if (exit != 0 || !Boolean.getBoolean("meterhub.keepAlive")) {
            System.exit(exit);
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
