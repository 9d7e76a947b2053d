package io.kubesteward.cli;

import io.kubesteward.app.StewardVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "version", mixinStandardHelpOptions = true, description = "Print Steward's version.")
final class VersionCommand implements Runnable {
    @ParentCommand
    private StewardCommand root;

    @Override
    public void run() {
        root.terminal().out().println("steward " + StewardVersion.get());
        root.terminal().out().flush();
    }
}
