package io.kubesteward.observability;

/** Whether metrics reached the Pushgateway, and if not, why (already logged as a warning). */
public record PushResult(boolean pushed, String detail) {
}
