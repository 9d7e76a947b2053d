package io.kubesteward.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A configuration file is wrong: where (file:line:col), what, and what is allowed. When a check
 * finds several things wrong it reports them all at once, the first as this error and the rest in {@link #all()}.
 */
public final class ConfigError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final List<ConfigError> further;

    public ConfigError(String file, int line, int column, String message) {
        this(file, line, column, message, List.of());
    }

    private ConfigError(String file, int line, int column, String message, List<ConfigError> further) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.further = List.copyOf(further);
    }

    /** One error for several, in the order found (each one's own further errors included). */
    public static ConfigError of(List<ConfigError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no errors to report");
        }
        List<ConfigError> flat = new ArrayList<>();
        errors.forEach(e -> flat.addAll(e.all()));
        ConfigError first = flat.get(0);
        return new ConfigError(first.file, first.line, first.column, first.getMessage(), flat.subList(1, flat.size()));
    }

    /** Throws {@link #of} the errors when there are any. */
    public static void throwIfAny(List<ConfigError> errors) throws ConfigError {
        if (!errors.isEmpty()) {
            throw of(errors);
        }
    }

    /** This error and every further one, each on its own. */
    public List<ConfigError> all() {
        List<ConfigError> all = new ArrayList<>();
        all.add(further.isEmpty() ? this : new ConfigError(file, line, column, getMessage()));
        all.addAll(further);
        return all;
    }

    public String location() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    /** The first error on one line, with how many more there are: for a log line or a run summary. */
    public String summary() {
        return location() + ": " + getMessage() + (further.isEmpty() ? "" : " (and " + further.size() + " more; steward validate lists them)");
    }

    /** For people: {@code file:line:col: message}, one line per error when there are several. */
    public String oneLine() {
        StringBuilder b = new StringBuilder(location()).append(": ").append(getMessage());
        further.forEach(e -> b.append('\n').append(e.location()).append(": ").append(e.getMessage()));
        return b.toString();
    }
}
