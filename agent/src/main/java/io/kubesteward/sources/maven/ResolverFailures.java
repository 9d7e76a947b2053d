package io.kubesteward.sources.maven;

import io.kubesteward.http.HttpSettings;
import io.kubesteward.http.Redaction;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLException;
import org.eclipse.aether.spi.connector.transport.http.HttpTransporterException;
import org.eclipse.aether.transfer.MetadataNotFoundException;

/** Turns what Maven Resolver threw into a reason for people: what failed, why, what to try. */
final class ResolverFailures {
    private ResolverFailures() {
    }

    static ArtifactUnavailable describe(Exception failure, RepositoryTarget target, Coordinates artifact,
            HttpSettings http, List<String> secrets) {
        String where = target.where(artifact.metadataPath());
        int status = statusOf(failure);
        if (failure instanceof MetadataNotFoundException || status == 404 || status == 410) {
            return new ArtifactUnavailable("no artifact " + artifact + " in " + target.repository() + ": " + where
                    + " does not exist — check the groupId:artifactId and the repository URL");
        }
        if (status > 0) {
            return new ArtifactUnavailable("GET " + where + ": HTTP " + status + statusName(status) + " — "
                    + advice(status, target));
        }
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String reason = networkReason(t, http);
            if (reason != null) {
                return new ArtifactUnavailable("GET " + where + ": " + reason);
            }
            root = t;
        }
        String detail = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return new ArtifactUnavailable("could not read " + where + ": " + Redaction.scrub(detail, secrets)
                + " — try again; if it persists, check the repository URL and the network");
    }

    private static int statusOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpTransporterException h) {
                return h.getStatusCode();
            }
        }
        return 0;
    }

    private static String advice(int status, RepositoryTarget target) {
        boolean hasCredentials = target instanceof RepositoryTarget.Remote r && !r.credentials().isNone();
        if (status == 401 || status == 403) {
            return hasCredentials
                    ? "the repository refused the credentials configured for it; check the username and password"
                    : "the repository needs credentials; configure a username and password for its URL";
        }
        if (status >= 300 && status < 400) {
            return "the repository redirects elsewhere; with allowed hosts set, redirects are not followed"
                    + " — use the URL it redirects to, or a mirror";
        }
        if (status == 429) {
            return "the repository limits requests; try again later";
        }
        return status >= 500 ? "the repository failed to answer; try again later, or tell its owners"
                : "the repository refused the request; check the repository URL";
    }

    private static String networkReason(Throwable t, HttpSettings http) {
        if (t instanceof UnknownHostException) {
            return "unknown host " + t.getMessage() + " — check the repository URL and DNS";
        }
        if (t.getClass().getSimpleName().equals("ConnectTimeoutException")) {
            return "could not connect within " + human(http.connectTimeout())
                    + " — check the host, any proxy or firewall, or raise the connect timeout";
        }
        if (t instanceof ConnectException) {
            return "cannot connect (" + t.getMessage() + ") — check the host name and port, and any proxy or firewall";
        }
        if (t instanceof SocketTimeoutException) {
            return "no response within " + human(http.requestTimeout())
                    + " — check the network, or raise the request timeout";
        }
        if (t instanceof SSLException) {
            return "TLS failed (" + t.getMessage() + ") — check the repository's certificate and Java's trust store";
        }
        return null;
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String statusName(int status) {
        return switch (status) {
            case 301 -> " Moved Permanently";
            case 302 -> " Found";
            case 307 -> " Temporary Redirect";
            case 308 -> " Permanent Redirect";
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }
}
