package io.kubesteward.gitops;

import java.util.Optional;

/**
 * Which branches Steward may write: only names under its prefix, never the base branch. Checked
 * before any network call, so a planning bug or a bad setting cannot reach a protected branch.
 */
public record BranchRules(String baseBranch, String prefix) {
    public static final String DEFAULT_PREFIX = "steward/";

    public BranchRules {
        if (baseBranch == null || baseBranch.isBlank()) {
            throw new IllegalArgumentException("the base branch is not set; name the branch pull requests target, e.g. main");
        }
        Optional<String> baseProblem = syntaxProblem(baseBranch);
        if (baseProblem.isPresent()) {
            throw new IllegalArgumentException("base branch '" + baseBranch + "' " + baseProblem.get());
        }
        if (prefix == null || prefix.length() < 2 || !prefix.endsWith("/")) {
            throw new IllegalArgumentException("branch prefix '" + prefix + "' must be a name ending in '/', e.g. steward/");
        }
        Optional<String> prefixProblem = syntaxProblem(prefix + "x");
        if (prefixProblem.isPresent()) {
            throw new IllegalArgumentException("branch prefix '" + prefix + "' " + prefixProblem.get());
        }
        if ((baseBranch + "/").startsWith(prefix)) {
            throw new IllegalArgumentException("branch prefix '" + prefix + "' covers the base branch " + baseBranch
                    + "; choose a prefix of Steward's own, e.g. steward/");
        }
    }

    /** Why Steward may not write {@code branch}, or empty when it may. */
    public Optional<String> refusal(String branch) {
        if (branch == null || branch.isEmpty()) {
            return Optional.of("no branch name given");
        }
        if (branch.equals(baseBranch)) {
            return Optional.of("refusing to write the base branch " + baseBranch + ": Steward only proposes changes through its own branches");
        }
        if (!branch.startsWith(prefix) || branch.length() == prefix.length()) {
            return Optional.of("refusing to write branch " + branch + ": Steward writes only branches under " + prefix
                    + " so that it never touches people's branches");
        }
        return syntaxProblem(branch).map(p -> "refusing branch name " + branch + ": it " + p);
    }

    /** What makes {@code name} an invalid git branch name (see git check-ref-format), if anything. */
    static Optional<String> syntaxProblem(String name) {
        if (name.startsWith("-") || name.startsWith("/") || name.endsWith("/") || name.endsWith(".") || name.endsWith(".lock")) {
            return Optional.of("is not a valid git branch name (starts with '-' or '/', or ends with '/', '.' or '.lock')");
        }
        if (name.contains("..") || name.contains("//") || name.contains("@{") || name.equals("@") || name.contains("/.")
                || name.startsWith(".")) {
            return Optional.of("is not a valid git branch name (contains '..', '//', '@{' or a component starting with '.')");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c == 0x7f || "~^:?*[\\".indexOf(c) >= 0) {
                return Optional.of("is not a valid git branch name (contains a space, a control character or one of ~^:?*[\\)");
            }
        }
        return Optional.empty();
    }
}
