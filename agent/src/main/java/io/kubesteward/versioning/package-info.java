/**
 * How versions compare, per ecosystem, behind {@link io.kubesteward.versioning.VersionScheme}. Pure:
 * no I/O. {@link io.kubesteward.versioning.HelmVersioning} follows Masterminds/semver v3, the
 * library Helm 3 uses, including its quirks, so that Steward resolves a range to the same chart
 * version Helm would.
 */
package io.kubesteward.versioning;
