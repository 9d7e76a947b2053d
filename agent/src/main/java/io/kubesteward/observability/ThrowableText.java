package io.kubesteward.observability;

import java.io.PrintWriter;
import java.io.StringWriter;

/** An exception as log text: its causes on one line, or the whole stack trace. */
final class ThrowableText {
    private ThrowableText() {
    }

    static String chain(Throwable error) {
        StringBuilder b = new StringBuilder(error.toString());
        Throwable cause = error.getCause();
        for (int depth = 0; cause != null && cause != error && depth < 10; depth++) {
            b.append("; caused by ").append(cause);
            cause = cause.getCause();
        }
        return b.toString();
    }

    static String stack(Throwable error) {
        StringWriter s = new StringWriter();
        error.printStackTrace(new PrintWriter(s));
        return s.toString().replace("\r\n", "\n").stripTrailing();
    }
}
