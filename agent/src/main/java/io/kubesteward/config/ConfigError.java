package io.kubesteward.config;

/** A configuration file is wrong: where (file:line:col), what, and what is allowed. */
public final class ConfigError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public ConfigError(String file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String location() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    /** One line for people: {@code file:line:col: message}. */
    public String oneLine() {
        return location() + ": " + getMessage();
    }
}
