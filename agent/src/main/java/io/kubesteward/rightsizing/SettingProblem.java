package io.kubesteward.rightsizing;

/** A setting that could not be used: where it was written ({@code origin}), its key and value, and why. */
public record SettingProblem(String origin, String key, String value, String message) {
    public String oneLine() {
        return origin + ": " + key + ": " + message;
    }
}
