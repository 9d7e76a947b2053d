package io.kubesteward.cluster.fabric8;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.cluster.ClusterConnection;
import io.kubesteward.cluster.ClusterUnavailable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is missing from a kubeconfig, said in words before the client turns it into "An error has occurred". */
class KubeconfigCheckTest {
    @TempDir
    Path dir;

    private static final String CLUSTER = "clusters:\n- name: c\n  cluster: {server: 'https://127.0.0.1:6443', certificate-authority: ca.pem}\n";
    private static final String USER = "users:\n- name: u\n  user: {client-certificate: certs/u.pem, client-key: certs/u.key}\n";

    private Optional<String> problem(String yaml, String context) {
        return KubeconfigCheck.problem(dir.resolve("kubeconfig"), yaml, context);
    }

    @Test
    void eachMissingPieceIsNamed() throws Exception {
        String context = "contexts:\n- name: x\n  context: {cluster: c, user: u}\n";
        assertEquals(Optional.of("defines no contexts; add one (kubectl config set-context), or leave --kubeconfig out to use KUBECONFIG, "
                + "~/.kube/config or the in-cluster service account."), problem("apiVersion: v1\nkind: Config\n" + CLUSTER, null));
        assertEquals(Optional.of("sets no current-context; pick one with --context (it has: x)."), problem(CLUSTER + context + USER, null));
        assertEquals(Optional.of("has current-context 'y', which it does not define (it has: x). Pick one with --context or fix current-context."),
                problem("current-context: y\n" + CLUSTER + context + USER, null));
        assertEquals(Optional.of("has context 'x' naming cluster 'prod', which it does not define (it has: c)."),
                problem("current-context: x\n" + CLUSTER + context.replace("cluster: c", "cluster: prod") + USER, null));
        assertEquals(Optional.of("has cluster 'c' without a server address (clusters[].cluster.server)."),
                problem(CLUSTER.replace("server: 'https://127.0.0.1:6443', ", "") + context + USER, "x"));
        assertEquals(Optional.of("has context 'x' naming user 'admin', which it does not define (it has: u)."),
                problem(CLUSTER + context.replace("user: u", "user: admin") + USER, "x"));
        assertEquals(Optional.of("points at files that are not there: the certificate-authority of cluster 'c' (" + dir.resolve("ca.pem")
                + "); the client-certificate of user 'u' (" + dir.resolve("certs/u.pem") + "); the client-key of user 'u' ("
                + dir.resolve("certs/u.key") + ")."), problem(CLUSTER + context + USER, "x"), "relative to the kubeconfig's folder");
        Files.writeString(dir.resolve("ca.pem"), "x");
        Files.createDirectories(dir.resolve("certs"));
        Files.writeString(dir.resolve("certs/u.pem"), "x");
        Files.writeString(dir.resolve("certs/u.key"), "x");
        assertEquals(Optional.empty(), problem(CLUSTER + context + USER, "x"));
        assertEquals(Optional.empty(), problem(CLUSTER + context + USER, "other"), "an unknown --context is the client's to name, with the list");
        assertEquals(Optional.of("is not valid YAML at line 1, column 14: while parsing a flow sequence. Check it with kubectl config view."),
                problem("this: [is not\n", null));
    }

    @Test
    void theConnectionSaysItBeforeAnythingIsRead() throws Exception {
        Path kubeconfig = Files.writeString(dir.resolve("kubeconfig"), "current-context: x\n" + CLUSTER
                + "contexts:\n- name: x\n  context: {cluster: c, user: u}\n" + USER);
        ClusterUnavailable e = org.junit.jupiter.api.Assertions.assertThrows(ClusterUnavailable.class,
                () -> Connection.config(new ClusterConnection(kubeconfig, null)));
        assertEquals(true, e.getMessage().startsWith("The kubeconfig " + kubeconfig + " points at files that are not there: "), e.getMessage());
        ClusterUnavailable gone = org.junit.jupiter.api.Assertions.assertThrows(ClusterUnavailable.class,
                () -> Connection.config(new ClusterConnection(dir.resolve("nope"), null)));
        assertEquals(true, gone.getMessage().startsWith("The kubeconfig " + dir.resolve("nope") + " does not exist."), gone.getMessage());
    }
}
