package io.kubesteward.cli;

import io.kubesteward.app.ClusterChoice;
import io.kubesteward.app.PlanOptions;
import io.kubesteward.app.RunOptions;
import io.kubesteward.app.StewardApp;
import io.kubesteward.app.StewardVersion;
import io.kubesteward.app.Unattended;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.ForgeConfig;
import io.kubesteward.config.ScheduleConfig;
import io.kubesteward.config.StewardConfig;
import io.kubesteward.observability.MetricsServer;
import io.kubesteward.observability.RunMetrics;
import io.kubesteward.pipeline.Progress;
import io.kubesteward.scheduling.Daemon;
import io.kubesteward.scheduling.DaemonSettings;
import io.kubesteward.scheduling.Misfire;
import io.kubesteward.scheduling.Schedule;
import io.kubesteward.scheduling.SchedulingFailure;
import io.kubesteward.scheduling.StopOutcome;
import io.kubesteward.scheduling.TerminationSignals;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "daemon", mixinStandardHelpOptions = true, description = {
    "Run the config's schedules (Quartz): each a plan or a run on its cron, never overlapping itself.",
    "Serves /metrics and /healthz; on SIGTERM the running job finishes its current proposal and the daemon stops."})
final class DaemonCommand implements Callable<Integer> {
    @ParentCommand
    private StewardCommand root;

    @Option(names = "--repo", paramLabel = "URL|DIR", description = "The repository (overrides git.url).")
    private String repo;

    @Option(names = "--forge", paramLabel = "KIND", description = "github, gitlab, gitea or none (overrides forge.type).")
    private ForgeConfig.ForgeType forge;

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of rule files (kind: Rules).")
    private Path rules;

    @Option(names = "--config", paramLabel = "FILE", required = true, description = "The config file with schedules.")
    private Path config;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            description = "Read only this namespace of the cluster on every run (repeat for more; replaces cluster.namespaces).")
    private List<String> namespaces = new ArrayList<>();

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        StewardApp app = new StewardApp(WallClock.UTC, Progress.SILENT);
        ClusterChoice cluster;
        try {
            cluster = namespaces.isEmpty() ? null : new ClusterChoice(null, null, null, namespaces);
        } catch (IllegalArgumentException e) {
            return Failures.report(terminal, root.stacktrace(), e, e.getMessage(), ExitCodes.USAGE);
        }
        try {
            StewardConfig loaded = app.validate(new PlanOptions(null, rules, config));
            if (loaded.schedules().isEmpty()) {
                throw new ConfigError(config.toString(), 0, 0, "steward daemon needs 'schedules' (name, cron, command: run|plan)");
            }
            RunMetrics metrics = new RunMetrics(StewardVersion.get());
            Unattended unattended = new Unattended(app, WallClock.UTC, metrics, false);
            RunOptions options = new RunOptions(config, rules, repo, forge);
            if (cluster != null) {
                options = options.withCluster(cluster);
            }
            List<Schedule> schedules = new ArrayList<>();
            for (ScheduleConfig s : loaded.schedules()) {
                RunOptions jobOptions = s.command() == ScheduleConfig.Command.PLAN ? options.planOnly() : options;
                Misfire misfire = s.misfire() == ScheduleConfig.Misfire.SKIP ? Misfire.SKIP : Misfire.FIRE_ONCE_NOW;
                schedules.add(new Schedule(s.name(), s.cron(), ZoneId.of(s.timeZone()), misfire,
                        token -> unattended.run(s.name(), jobOptions, token).summary()));
            }
            try (MetricsServer server = MetricsServer.start(MetricsServer.parseBind(loaded.operations().metricsBind()), metrics::exposition,
                    () -> metrics.unhealthy(loaded.operations().unhealthyAfter() == null ? 3 : loaded.operations().unhealthyAfter()));
                 Daemon daemon = Daemon.start(schedules, DaemonSettings.defaults().withStopTimeout(loaded.operations().stopTimeout().duration()),
                         summary -> { }, WallClock.UTC)) {
                TerminationSignals.install(daemon);
                terminal.err().println("steward daemon: " + schedules.size() + " schedule(s), metrics on " + server.metricsUrl() + " (health on /healthz)"
                        + "; next: " + daemon.nextRuns());
                terminal.err().flush();
                StopOutcome stopped = daemon.runUntilStopped();
                return stopped.clean() ? ExitCodes.OK : ExitCodes.INTERNAL;
            }
        } catch (ConfigError e) {
            return Failures.report(terminal, root.stacktrace(), e, e.oneLine(), ExitCodes.USAGE);
        } catch (IllegalArgumentException e) {
            return Failures.report(terminal, root.stacktrace(), e, "bad schedule: " + e.getMessage(), ExitCodes.USAGE);
        } catch (IOException e) {
            return Failures.report(terminal, root.stacktrace(), e, "cannot serve metrics: " + e.getMessage(), ExitCodes.SYSTEMIC);
        } catch (SchedulingFailure e) {
            return Failures.report(terminal, root.stacktrace(), e, "the scheduler could not start: " + e.getMessage(), ExitCodes.INTERNAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Failures.report(terminal, root.stacktrace(), e, "interrupted while waiting for the schedules", ExitCodes.INTERNAL);
        }
    }
}
