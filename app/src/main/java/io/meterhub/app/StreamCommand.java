package io.meterhub.app;

import io.meterhub.storage.Database;
import io.meterhub.stream.CheckpointOwnership;
import io.meterhub.stream.MeterhubJob;
import io.meterhub.stream.StreamConfig;
import org.apache.flink.core.execution.JobClient;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.util.concurrent.Callable;

@Command(name = "stream", description = {
        "Run the telemetry pipeline on a local Flink mini cluster until stopped.",
        "On a Flink cluster submit the job jar instead: flink run -c io.meterhub.stream.MeterhubJob meterhub-stream-job.jar"})
final class StreamCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        return run(StreamConfig.fromEnvironment(System.getenv()), System.out, System.err);
    }

    /** Runs the pipeline until it stops; returns the exit code. */
    static int run(StreamConfig config, PrintStream out, PrintStream err) throws Exception {
        try (Database database = Database.open(config.storage())) {
            out.println(config.storage().jdbcUrl() + ": " + database.openingMigration().describe());
        }
        JobClient job;
        try {
            // Returns once the broker has acknowledged the subscription: "running" means nothing published is lost.
            job = MeterhubJob.start(config, MeterhubJob.RESTART_WINDOW);
        } catch (CheckpointOwnership.Refused refused) {
            err.println(refused.getMessage());
            return 2;
        } catch (IllegalStateException notSubscribed) {
            err.println(notSubscribed.getMessage());
            return 1;
        }
        out.println("pipeline running: subscribed to " + config.mqtt().sharedFilter() + " at " + config.mqtt().brokerUri()
                + " -> " + config.storage().jdbcUrl() + " (job " + job.getJobID() + ", checkpoints in "
                + config.checkpointDirectory() + "); Ctrl-C stops it");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> job.cancel().join()));
        try {
            job.getJobExecutionResult().get();
            return 0;
        } catch (java.util.concurrent.ExecutionException e) {
            // The restart strategy gave up: a failure that keeps coming back is a fault to fix, not to loop on.
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            err.println("the pipeline stopped: it failed more than " + MeterhubJob.MAX_RESTARTS + " times within "
                    + MeterhubJob.RESTART_WINDOW.toMinutes() + " minutes. The last cause: " + cause);
            return 1;
        }
    }
}
