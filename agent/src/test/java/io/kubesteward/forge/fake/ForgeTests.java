package io.kubesteward.forge.fake;

import io.kubesteward.forge.PullRequestDraft;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpSettings;
import io.kubesteward.report.PullRequestMetadata;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

/** What the forge tests share: a fast HTTP caller, a canary token, drafts and bodies Steward would write. */
public final class ForgeTests {
    /** The token in every forge test: it must never show up in a message. */
    public static final String CANARY = "CANARY-forge-9d2e71-SECRET";
    public static final String BRANCH = "steward/helm/cert-manager";

    private ForgeTests() {
    }

    public static HttpCaller http() {
        return new HttpCaller(HttpSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withRetries(2, Duration.ofMillis(1), Duration.ofMillis(5)), java.time.Clock.systemUTC());
    }

    public static String body(String branch, String version) {
        return "Updates **cert-manager** to " + version + ".\n\n"
                + new PullRequestMetadata(branch, "cert-manager", "https://charts.jetstack.io", List.of(version)).comment();
    }

    /** As {@link #draft(String, String)}, opened as a draft (the upgrade analysis found a blocking finding). */
    public static PullRequestDraft blockedDraft(String branch, String version) {
        PullRequestDraft d = draft(branch, version);
        return new PullRequestDraft(d.title(), "### Impact\n\n- **blocking** (schema): the values this release would get do not pass"
                + " the values.schema.json of cert-manager " + version + "\n\n" + d.body(), d.head(), d.base(), d.labels(), d.reviewers(),
                d.assignees(), true);
    }

    public static PullRequestDraft draft(String branch, String version) {
        return new PullRequestDraft("Update cert-manager to " + version, body(branch, version), branch, "main",
                List.of("dependencies"), List.of("alice"), List.of("bob"));
    }

    /** Message, toString, stack trace and causes, as one text. */
    public static String everything(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        StringBuilder all = new StringBuilder(out.toString()).append(t).append(t.getMessage());
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            all.append(c).append(c.getMessage());
        }
        return all.toString();
    }
}
