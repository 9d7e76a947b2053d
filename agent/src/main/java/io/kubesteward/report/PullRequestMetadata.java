package io.kubesteward.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.List;
import java.util.Optional;

/**
 * What Steward hides at the end of a pull request body, {@code <!-- steward:metadata {json} -->},
 * so that a later run can tell its own pull requests and what they propose.
 */
public record PullRequestMetadata(
        String branch,
        @JsonProperty("package") String packageName,
        String repository,
        List<String> targetVersions) {

    static final String PREFIX = "<!-- steward:metadata ";
    static final String SUFFIX = " -->";
    private static final int MAX_VALUE = 256;
    private static final int MAX_VERSIONS = 50;
    private static final ObjectReader READER = JsonRenderer.MAPPER.readerFor(PullRequestMetadata.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public PullRequestMetadata {
        targetVersions = targetVersions == null ? List.of() : List.copyOf(targetVersions);
    }

    public static PullRequestMetadata of(Report.ProposalEntry p) {
        List<String> versions = p.changes().stream().map(Report.ChangeEntry::shownTo).filter(v -> v != null).distinct()
                .limit(MAX_VERSIONS).map(v -> Text.cut(v, MAX_VALUE)).toList();
        return new PullRequestMetadata(bounded(p.branch()), bounded(p.name()), bounded(p.repository()), versions);
    }

    /** The hidden HTML comment, on one line. */
    public String comment() {
        try {
            // Only strings can hold these characters in JSON, where \\u escapes mean the same; "-->" can then never occur.
            String json = JsonRenderer.MAPPER.writeValueAsString(this)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
            return PREFIX + json + SUFFIX;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write pull request metadata", e);
        }
    }

    /** The metadata of a body Steward wrote: the last marker wins, since Steward always writes it last. */
    public static Optional<PullRequestMetadata> find(String body) {
        if (body == null) {
            return Optional.empty();
        }
        int start = body.lastIndexOf(PREFIX);
        if (start < 0) {
            return Optional.empty();
        }
        int end = body.indexOf(SUFFIX, start + PREFIX.length());
        if (end < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(READER.readValue(body.substring(start + PREFIX.length(), end)));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String bounded(String s) {
        return s == null ? null : Text.cut(s, MAX_VALUE);
    }
}
