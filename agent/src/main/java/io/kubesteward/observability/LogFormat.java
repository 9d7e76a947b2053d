package io.kubesteward.observability;

import java.util.Locale;
import java.util.Map;

/** How log lines look: text for people at a terminal, JSON lines for a cluster's log collector. */
public enum LogFormat {
    TEXT,
    JSON;

    /**
     * The format for a setting ({@code text}, {@code json}, or {@code auto}/null/empty): auto is JSON
     * inside a Kubernetes pod ({@code KUBERNETES_SERVICE_HOST} set) whose stderr is not a terminal,
     * otherwise text, so CI logs and a developer's terminal stay readable.
     *
     * @throws IllegalArgumentException for any other setting
     */
    public static LogFormat choose(String setting, Map<String, String> env, boolean stderrIsTerminal) {
        String s = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "text" -> TEXT;
            case "json" -> JSON;
            case "", "auto" -> env.containsKey("KUBERNETES_SERVICE_HOST") && !stderrIsTerminal ? JSON : TEXT;
            default -> throw new IllegalArgumentException("log format '" + setting + "' is not one of text, json, auto");
        };
    }
}
