package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;

/**
 * One resource's request and limit as the source file in Git declares them (authoritative); either
 * may be null when the file does not set it. Each quantity keeps its text as written, so a new value
 * can be written in the same style.
 */
public record Declared(Quantity request, Quantity limit) {
    public static final Declared NONE = new Declared(null, null);

    public static Declared of(String request, String limit) {
        return new Declared(request == null ? null : Quantity.parse(request), limit == null ? null : Quantity.parse(limit));
    }

    public boolean hasRequest() {
        return request != null;
    }

    public boolean hasLimit() {
        return limit != null;
    }

    /** What the API server uses as the request: the declared one, else the limit (defaulting copies it). */
    public Quantity effectiveRequest() {
        return request != null ? request : limit;
    }

    /** Request equal to limit for this resource (also when only a limit is written). */
    public boolean guaranteed() {
        return limit != null && limit.equals(effectiveRequest());
    }
}
