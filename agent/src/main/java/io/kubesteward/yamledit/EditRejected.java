package io.kubesteward.yamledit;

/** Why a proposal cannot be edited; never leaves this package (callers get {@link EditResult.Failed}). */
final class EditRejected extends RuntimeException {
    EditRejected(String reason) {
        super(reason, null, false, false);
    }
}
