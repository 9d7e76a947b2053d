package io.kubesteward.app;

import io.kubesteward.config.ConfigError;
import io.kubesteward.config.WindowConfig;
import io.kubesteward.scheduling.MaintenanceWindow;
import io.kubesteward.scheduling.WindowDecision;
import io.kubesteward.scheduling.WindowPolicy;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Maintenance windows from configuration, asked at delivery time. */
final class Windows {
    private Windows() {
    }

    static Supplier<Optional<String>> closedNow(List<WindowConfig> configured, Clock clock) throws ConfigError {
        WindowPolicy policy = policy(configured);
        return () -> {
            WindowDecision decision = policy.at(clock.instant());
            return decision.open() ? Optional.empty() : Optional.of(decision.explanation());
        };
    }

    static WindowPolicy policy(List<WindowConfig> configured) throws ConfigError {
        List<MaintenanceWindow> windows = new ArrayList<>();
        for (int i = 0; i < configured.size(); i++) {
            WindowConfig w = configured.get(i);
            try {
                windows.add(new MaintenanceWindow(w.name(), w.cron(), ZoneId.of(w.timeZone())));
            } catch (IllegalArgumentException e) {
                throw new ConfigError("configuration", 0, 0, "maintenanceWindows[" + i + "] '" + w.name() + "': " + e.getMessage());
            }
        }
        return windows.isEmpty() ? WindowPolicy.always() : new WindowPolicy(windows);
    }
}
