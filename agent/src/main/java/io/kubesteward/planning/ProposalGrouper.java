package io.kubesteward.planning;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.UpdateType;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups updates into proposals: one per package (by kind, repository and name) for digest, patch
 * and minor updates, and one more for its major update. Branch names are deterministic so a later
 * run finds and updates the same pull request: {@code steward/chart/<name>},
 * {@code steward/chart/<name>-major}, {@code steward/image/<name>}, {@code steward/maven/<name>}.
 */
final class ProposalGrouper {
    static final String PREFIX = "steward/";

    private ProposalGrouper() {
    }

    private record Key(SourceKind kind, String repository, String name, boolean major) {
    }

    static List<Proposal> group(List<Outcome> outcomes) {
        return group(outcomes, PREFIX);
    }

    /**
     * {@code prefix} is the configured branch prefix. A package name that several repositories
     * supply anywhere in the repository (not only among this run's updates, so the name does not
     * change from run to run) gets the repository in its branch name.
     */
    static List<Proposal> group(List<Outcome> outcomes, String prefix) {
        Map<Key, List<Update>> groups = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            for (Update u : o.updates()) {
                // images group by package, so `nginx` and `docker.io/library/nginx` share one proposal
                String name = SourceKind.DOCKER_IMAGE.equals(u.declaration().pkg().kind())
                        ? displayName(u.declaration()) : u.declaration().name();
                Key key = new Key(u.declaration().pkg().kind(), u.declaration().pkg().repository(), name,
                        u.type() == UpdateType.MAJOR);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(u);
            }
        }
        Map<String, Set<String>> repositoriesByName = new HashMap<>();
        for (Outcome o : outcomes) {
            Declaration d = o.declaration();
            if (d.pkg() != null) {
                String name = SourceKind.DOCKER_IMAGE.equals(d.pkg().kind()) ? displayName(d) : d.name();
                repositoriesByName.computeIfAbsent(noun(d.pkg().kind()) + "/" + name, n -> new TreeSet<>()).add(d.pkg().repository());
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        groups.forEach((key, updates) -> {
            Set<String> sharing = repositoriesByName.getOrDefault(noun(key.kind()) + "/" + key.name(), Set.of(key.repository()));
            String branch = prefix + noun(key.kind()) + "/" + slug(key.name()) + RepositorySuffix.of(key.repository(), sharing)
                    + (key.major() ? "-major" : "");
            UpdateType type = updates.stream().map(Update::type).max(Comparator.naturalOrder()).orElseThrow();
            proposals.add(new Proposal(branch, title(noun(key.kind()), key.name(), updates, key.major()), key.name(),
                    key.repository(), type, updates));
        });
        proposals.sort(Comparator.comparing(Proposal::branch));
        return proposals;
    }

    private static String title(String noun, String name, List<Update> updates, boolean major) {
        Set<String> targets = new TreeSet<>();
        updates.forEach(u -> targets.add(target(u)));
        String to = targets.size() == 1 ? " to " + targets.iterator().next() : " (" + String.join(", ", targets) + ")";
        return "Update " + noun + " " + name + to + (major ? " (major)" : "");
    }

    /** What a reader sees an update move to: the version, and for a digest-only refresh the short digest. */
    static String target(Update u) {
        if (u.type() == UpdateType.DIGEST && u.newDigest() != null) {
            String digest = u.newDigest();
            int colon = digest.indexOf(':');
            String shortDigest = digest.substring(colon + 1, Math.min(digest.length(), colon + 13));
            return u.newValue() == null ? shortDigest : u.newValue() + "@" + shortDigest;
        }
        return u.newValue();
    }

    private static String noun(SourceKind kind) {
        return kind.noun();
    }

    /** An image's package written the way people usually write it: Docker Hub's official images without the prefix. */
    private static String displayName(Declaration d) {
        String path = d.pkg().name();
        if (d.pkg().repository().equals("docker.io")) {
            return path.startsWith("library/") ? path.substring("library/".length()) : path;
        }
        return d.pkg().repository() + "/" + path;
    }

    /**
     * A branch segment from a publisher-controlled name: lower case, {@code [a-z0-9._-]} only, no
     * {@code ..} and no {@code .lock} (git refuses both), at most a DNS label's 63 characters.
     */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("\\.{2,}", ".").replaceAll("\\.lock$", "-lock");
        s = trim(s);
        s = trim(s.length() > SLUG_LENGTH ? s.substring(0, SLUG_LENGTH) : s);
        return s.isEmpty() ? "chart" : s;
    }

    private static final int SLUG_LENGTH = 63;

    private static String trim(String s) {
        return s.replaceAll("^[-.]+|[-.]+$", "");
    }

    static String host(String repository) {
        if (repository.startsWith("@")) {
            return repository.substring(1);
        }
        try {
            String host = URI.create(repository).getHost();
            return host == null ? repository : host;
        } catch (IllegalArgumentException e) {
            return repository;
        }
    }
}
