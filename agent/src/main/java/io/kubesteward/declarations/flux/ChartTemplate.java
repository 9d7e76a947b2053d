package io.kubesteward.declarations.flux;

import io.kubesteward.declarations.yaml.YamlScalar;

/**
 * A HelmRelease's {@code spec.chart.spec}. {@code version} is null when absent;
 * {@code versionNotScalar} is set when a version is written but is not a single value.
 */
record ChartTemplate(YamlScalar chart, YamlScalar version, boolean versionNotScalar, ObjectRef sourceRef) {
}
