package io.kubesteward.http;

/** What one exchange produced: a body on disk, or a redirect to follow. */
record Answer(Download download, String location) {
    static Answer body(Download d) {
        return new Answer(d, null);
    }

    static Answer redirect(String location) {
        return new Answer(null, location);
    }
}
