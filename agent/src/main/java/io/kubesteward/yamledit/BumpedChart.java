package io.kubesteward.yamledit;

/** A chart whose own version a proposal raised: its {@code Chart.yaml}, chart name, and the versions. */
public record BumpedChart(String chartFile, String chart, String from, String to) {
}
