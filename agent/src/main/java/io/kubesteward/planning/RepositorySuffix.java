package io.kubesteward.planning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * The part of a branch name that tells apart packages of one name from several repositories: the
 * host when the hosts differ, the host and a short hash of the URL when they share a host. Empty
 * when one repository supplies the name.
 */
final class RepositorySuffix {
    private RepositorySuffix() {
    }

    static String of(String repository, Set<String> sharingTheName) {
        if (sharingTheName.size() <= 1) {
            return "";
        }
        String host = ProposalGrouper.host(repository);
        long sameHost = sharingTheName.stream().filter(r -> ProposalGrouper.host(r).equals(host)).count();
        String suffix = "-" + ProposalGrouper.slug(host);
        return sameHost > 1 ? suffix + "-" + shortHash(repository) : suffix;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
