package io.kubesteward.http;

/**
 * A cause reduced to its type and message, so that no JDK exception object (which could capture a
 * request and its headers) travels with a failure.
 */
final class SafeCause extends Exception {
    private SafeCause(String message, StackTraceElement[] trace) {
        super(message, null, false, true);
        setStackTrace(trace);
    }

    static SafeCause of(Throwable t) {
        if (t instanceof SafeCause s) {
            return s;
        }
        String message = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return new SafeCause(message, t.getStackTrace());
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
