package io.kubesteward.cluster.fabric8;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubesteward.cluster.ClusterConnection;
import io.kubesteward.cluster.ClusterUnavailable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;

/** Builds the client configuration (kubeconfig and context, or the in-cluster service account) and sorts systemic failures from per-kind ones. */
final class Connection {
    /** Retries are for a flaky link; a dead one should fail in seconds, not minutes. */
    private static final int RETRIES = 2;

    private Connection() {
    }

    static Config config(ClusterConnection connection) throws ClusterUnavailable {
        Config config;
        try {
            if (connection.kubeconfig() != null) {
                String text = Files.readString(connection.kubeconfig());
                KubeconfigCheck.check(connection.kubeconfig(), text, connection.context());
                config = Config.fromKubeconfig(connection.context(), text, connection.kubeconfig().toAbsolutePath().toString());
            } else {
                checkTheDefaultKubeconfig(connection.context());
                config = Config.autoConfigure(connection.context());
            }
        } catch (java.nio.file.NoSuchFileException failure) {
            throw new ClusterUnavailable("The kubeconfig " + connection.kubeconfig() + " does not exist. Check the path, or leave "
                    + "--kubeconfig out to use KUBECONFIG, ~/.kube/config or the in-cluster service account.");
        } catch (IOException failure) {
            throw new ClusterUnavailable("Cannot read the kubeconfig " + connection.kubeconfig() + ": " + failure.getMessage()
                    + ". Check the path, or leave it out to use KUBECONFIG, ~/.kube/config or the in-cluster service account.");
        } catch (KubernetesClientException | IllegalArgumentException failure) {
            throw new ClusterUnavailable("Cannot load the cluster configuration: " + Unreadable.firstLine(failure)
                    + ". Check the kubeconfig (kubectl config view) or the in-cluster service account.");
        }
        checkContext(config, connection.context());
        config.setRequestRetryBackoffLimit(RETRIES);
        config.setNoProxy(withLoopback(config.getNoProxy()));
        int millis = (int) Math.min(Integer.MAX_VALUE, connection.timeout().toMillis());
        config.setRequestTimeout(millis);
        config.setConnectionTimeout(millis);
        return config;
    }

    /**
     * The one kubeconfig the client would read (KUBECONFIG naming a single file, else ~/.kube/config),
     * checked as an explicit one is; several merged files, or none (the in-cluster service account), are the client's.
     */
    private static void checkTheDefaultKubeconfig(String context) throws ClusterUnavailable, IOException {
        java.util.Collection<String> files = Config.getKubeconfigFilenames();
        if (files == null || files.size() != 1) {
            return;
        }
        java.nio.file.Path file = java.nio.file.Path.of(files.iterator().next());
        if (Files.isRegularFile(file)) {
            KubeconfigCheck.check(file, Files.readString(file), context);
        }
    }

    /** The client reads HTTPS_PROXY and NO_PROXY itself; loopback goes direct, as for every other connection Steward makes. */
    private static String[] withLoopback(String[] noProxy) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(noProxy == null ? java.util.List.of() : java.util.List.of(noProxy));
        all.addAll(java.util.List.of("localhost", "127.0.0.1", "::1"));
        return all.toArray(String[]::new);
    }

    /** The context's name for reports, or "in-cluster" when the service account is used. */
    static String contextName(Config config) {
        NamedContext current = config.getCurrentContext();
        return current != null && current.getName() != null ? current.getName() : "in-cluster";
    }

    private static void checkContext(Config config, String wanted) throws ClusterUnavailable {
        if (wanted == null) {
            return;
        }
        NamedContext current = config.getCurrentContext();
        if (current == null || !wanted.equals(current.getName())) {
            String known = config.getContexts() == null ? "" : config.getContexts().stream().map(NamedContext::getName)
                    .sorted().collect(Collectors.joining(", "));
            throw new ClusterUnavailable("The kubeconfig has no context named '" + wanted + "'"
                    + (known.isEmpty() ? "" : " (it has: " + known + ")") + ". Pick one with --context; kubectl config get-contexts lists them.");
        }
    }

    /** Credentials rejected or no connection: nothing else will read either, so the read ends. */
    static void failIfSystemic(KubernetesClientException failure) {
        if (failure.getCode() == 401) {
            throw new SystemicFailure("The API server rejected the credentials (401 Unauthorized). Refresh the kubeconfig's token "
                    + "or certificate (for cloud clusters, log in again with the provider's CLI).", failure);
        }
        String why = ioReason(failure);
        if (failure.getCode() <= 0 && why != null) {
            throw new SystemicFailure("Cannot reach the API server (" + why + "). Check the network path, the kubeconfig's server "
                    + "address and the context.", failure);
        }
    }

    /**
     * The answer to {@code GET /version}, which every API server gives to anyone, shows the server is
     * not Kubernetes: a 404, or a body that is not the API's JSON (a login page, a proxy's error page).
     */
    static void failIfNotKubernetes(KubernetesClientException failure) {
        if (failure.getCode() == 404) {
            throw notKubernetes404(failure);
        }
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException) {
                throw new SystemicFailure("The server's answer to GET /version is not the Kubernetes API's JSON (an HTML login page "
                        + "or a proxy's page, perhaps). Check the kubeconfig's server address and what answers there "
                        + "(kubectl --kubeconfig FILE version).", failure);
            }
        }
    }

    static SystemicFailure notKubernetes404(KubernetesClientException failure) {
        return new SystemicFailure("The server answered GET /version with 404 Not Found, which no Kubernetes API server does. "
                + "Check the kubeconfig's server address (a path after the host, or a proxy in the way?).", failure);
    }

    /** What went wrong on the wire, in words; null when no I/O failure is behind it. The JDK client's exceptions often carry no message. */
    private static String ioReason(Throwable failure) {
        String described = null;
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connection refused or unreachable";
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return "timed out";
            }
            if (cause instanceof UnknownHostException) {
                return "unknown host " + cause.getMessage();
            }
            if (cause instanceof SSLException) {
                return "TLS failed: " + cause.getMessage();
            }
            if (cause instanceof IOException && described == null) {
                described = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            }
        }
        return described;
    }

    /** Where the client connects, without any user info a URL could carry. */
    static String server(String masterUrl) {
        try {
            URI uri = URI.create(masterUrl);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException | NullPointerException notAUrl) {
            return "the configured server";
        }
    }
}
