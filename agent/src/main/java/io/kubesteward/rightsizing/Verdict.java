package io.kubesteward.rightsizing;

import java.util.List;

/** The policy's answer for one container: a {@link Proposal} or a reason for {@link NotActing}; both carry the full table. */
public sealed interface Verdict permits Proposal, NotActing {
    String container();

    /** Every request and limit the policy looked at, changed or not. */
    List<Line> lines();

    Evidence evidence();

    List<Gate> gates();

    /** Facts a reviewer should see (no memory limit, node-level OOM, VPA capped by maxAllowed, ...). */
    List<Reason> notes();
}
