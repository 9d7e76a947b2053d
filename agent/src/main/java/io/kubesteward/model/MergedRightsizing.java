package io.kubesteward.model;

import java.time.Instant;

/**
 * A rightsizing change the repository's history holds: when it reached the base branch ({@code mergedAt}: the
 * merge, squash or revert commit's time), the container value it changed ({@code Deployment/apps/api/api:requests.cpu},
 * as Steward's commit lines name it), from and to what, and whether an OOM kill drove it ({@code oomRaise}: the
 * pull request Steward titles "Raise resources after OOM kills", raising memory).
 */
public record MergedRightsizing(Instant mergedAt, ContainerResourceRef value, String from, String to, boolean oomRaise) {
}
