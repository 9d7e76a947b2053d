package io.kubesteward.gitops;

/** Who a commit says made it: the author or the committer. */
public record GitIdentity(String name, String email) {
    public GitIdentity {
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            throw new IllegalArgumentException("a git identity needs a name and an email, e.g. Steward <steward@example.com>");
        }
        // the commit header format gives these characters meaning; git itself strips or refuses them
        if (name.chars().anyMatch(c -> c == '<' || c == '>' || c == '\n' || c == '\r')
                || email.chars().anyMatch(c -> c == '<' || c == '>' || c == '\n' || c == '\r' || c == ' ')) {
            throw new IllegalArgumentException("a git identity may not contain '<', '>' or line breaks, nor spaces in the email: "
                    + name + " <" + email + ">");
        }
    }

    /** {@code Name <email>}, as in commit headers and trailers. */
    public String display() {
        return name + " <" + email + ">";
    }
}
