package io.kubesteward.scheduling;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether pull requests may be opened or updated now. Pure: the delivery step asks it with the
 * run's clock. No windows means always open; with several, any open one will do. Outside every
 * window a proposal is still planned, but its pull request is left alone and the report says why.
 */
public final class WindowPolicy {
    private static final WindowPolicy ALWAYS = new WindowPolicy(List.of());
    private final List<MaintenanceWindow> windows;

    public WindowPolicy(List<MaintenanceWindow> windows) {
        this.windows = List.copyOf(windows);
    }

    public static WindowPolicy always() {
        return ALWAYS;
    }

    public List<MaintenanceWindow> windows() {
        return windows;
    }

    public WindowDecision at(Instant now) {
        if (windows.isEmpty()) {
            return new WindowDecision(true, null, null, null);
        }
        for (MaintenanceWindow window : windows) {
            if (window.isOpen(now)) {
                return new WindowDecision(true, window, null, window.nextClose(now).orElse(null));
            }
        }
        Optional<Opening> next = windows.stream()
                .flatMap(w -> w.nextOpen(now).map(at -> new Opening(w, at)).stream())
                .min(Comparator.comparing(Opening::at));
        return next.map(o -> new WindowDecision(false, o.window(), o.at(), o.window().nextClose(o.at()).orElse(null)))
                .orElseGet(() -> new WindowDecision(false, windows.get(0), null, null));
    }

    private record Opening(MaintenanceWindow window, Instant at) {
    }
}
