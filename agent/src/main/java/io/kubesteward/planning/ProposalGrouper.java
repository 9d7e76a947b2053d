package io.kubesteward.planning;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.UpdateType;
import io.kubesteward.policy.EffectivePolicy;
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
import java.util.function.Function;

/**
 * Groups updates into proposals: one per package (by kind, repository and name) for digest, patch
 * and minor updates, and one more for its major update. Branch names are deterministic so a later
 * run finds and updates the same pull request: {@code steward/chart/<name>},
 * {@code steward/chart/<name>-major}, {@code steward/image/<name>}, {@code steward/maven/<name>}.
 * A rule's {@code groupName} gathers its packages in {@code steward/group/<name>}, and companion
 * images ({@link Companions}) share {@code steward/image/<namespace>-images}.
 */
final class ProposalGrouper {
    static final String PREFIX = "steward/";

    private ProposalGrouper() {
    }

    /** A package's pull request ({@code group} null), or a group's: named by a rule, or companion images. */
    private record Key(SourceKind kind, String repository, String name, boolean major, String group, boolean named) {
        static Key of(Update u, String group, boolean named) {
            Declaration d = u.declaration();
            boolean major = u.type() == UpdateType.MAJOR;
            if (group != null) {
                return new Key(null, null, group, major, group, named);
            }
            // images group by package, so `nginx` and `docker.io/library/nginx` share one proposal
            String name = SourceKind.DOCKER_IMAGE.equals(d.pkg().kind()) ? displayName(d) : d.name();
            return new Key(d.pkg().kind(), d.pkg().repository(), name, major, null, false);
        }
    }

    static List<Proposal> group(List<Outcome> outcomes) {
        return group(outcomes, PREFIX);
    }

    static List<Proposal> group(List<Outcome> outcomes, String prefix) {
        return group(outcomes, prefix, d -> EffectivePolicy.permissive());
    }

    /**
     * {@code prefix} is the configured branch prefix; {@code policy} says which group (if any) a
     * declaration's updates join. A package name that several repositories supply anywhere in the
     * repository (not only among this run's updates, so the name does not change from run to run)
     * gets the repository in its branch name.
     */
    static List<Proposal> group(List<Outcome> outcomes, String prefix, Function<Declaration, EffectivePolicy> policy) {
        Companions companions = Companions.of(outcomes, policy);
        Map<Key, List<Update>> groups = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (o.updates().isEmpty()) {
                continue;
            }
            EffectivePolicy p = policy.apply(o.declaration());
            String named = p.groupName();
            String companion = named == null && p.groupCompanions() ? companions.groupOf(o.declaration()) : null;
            for (Update u : o.updates()) {
                Key key = Key.of(u, named != null ? named : companion, named != null);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(u);
            }
        }
        Map<String, Set<String>> repositoriesByName = new HashMap<>();
        for (Outcome o : outcomes) {
            Declaration d = o.declaration();
            if (d.pkg() != null) {
                String name = SourceKind.DOCKER_IMAGE.equals(d.pkg().kind()) ? displayName(d) : d.name();
                repositoriesByName.computeIfAbsent(d.pkg().kind().noun() + "/" + name, n -> new TreeSet<>()).add(d.pkg().repository());
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        groups.forEach((key, updates) -> {
            UpdateType type = updates.stream().map(Update::type).max(Comparator.naturalOrder()).orElseThrow();
            String major = key.major() ? "-major" : "";
            if (key.group() != null) {
                String branch = prefix + (key.named() ? "group/" + slug(key.group()) : "image/" + slug(key.group()) + "-images") + major;
                String what = key.named() ? key.group() : key.group() + " images";
                proposals.add(new Proposal(branch, title(what, updates, key.major()), key.group(), sharedRepository(updates), type, updates));
                return;
            }
            Set<String> sharing = repositoriesByName.getOrDefault(key.kind().noun() + "/" + key.name(), Set.of(key.repository()));
            String branch = prefix + key.kind().noun() + "/" + slug(key.name()) + RepositorySuffix.of(key.repository(), sharing) + major;
            proposals.add(new Proposal(branch, title(key.kind().noun() + " " + key.name(), updates, key.major()), key.name(),
                    key.repository(), type, updates));
        });
        proposals.sort(Comparator.comparing(Proposal::branch));
        return proposals;
    }

    /** The one repository every update comes from, or null when they come from several. */
    private static String sharedRepository(List<Update> updates) {
        Set<String> repositories = new TreeSet<>();
        updates.forEach(u -> repositories.add(u.declaration().pkg().repository()));
        return repositories.size() == 1 ? repositories.iterator().next() : null;
    }

    private static String title(String what, List<Update> updates, boolean major) {
        Set<String> targets = new TreeSet<>();
        updates.forEach(u -> targets.add(target(u)));
        String to = targets.size() == 1 ? " to " + targets.iterator().next() : " (" + String.join(", ", targets) + ")";
        return "Update " + what + to + (major ? " (major)" : "");
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
