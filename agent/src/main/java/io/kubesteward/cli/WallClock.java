package io.kubesteward.cli;

import java.time.Clock;

/**
 * The one place main code takes the system clock (ArchitectureTest holds everyone else to it):
 * every command hands this clock down, so tests of anything below the CLI choose their own time.
 */
final class WallClock {
    static final Clock UTC = Clock.systemUTC();

    private WallClock() {
    }
}
