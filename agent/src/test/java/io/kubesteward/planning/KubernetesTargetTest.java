package io.kubesteward.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kubesteward.model.Release;
import io.kubesteward.model.ServerVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubernetesTargetTest {
    private static Release needing(String version, String kubeVersion) {
        return new Release(version, null, null, null, kubeVersion, false, null, List.of(), null);
    }

    private static final KubernetesTarget OLD = new KubernetesTarget("1.24.3", "the cluster");

    @Test
    void a_chart_that_needs_a_newer_cluster_is_refused_in_words() {
        assertEquals("7.0.0 needs Kubernetes >=1.25.0-0 (its kubeVersion) and the cluster runs 1.24.3; upgrade the cluster first",
                OLD.refusal(needing("7.0.0", ">=1.25.0-0")));
        assertEquals("2.0.0 needs Kubernetes >= 1.20.0, < 1.24.0 (its kubeVersion) and the cluster runs 1.24.3; upgrade the cluster first",
                OLD.refusal(needing("2.0.0", ">= 1.20.0, < 1.24.0")), "an upper bound counts too, as Helm checks it");
    }

    @Test
    void charts_that_fit_or_say_nothing_are_not_refused() {
        assertNull(OLD.refusal(needing("6.7.1", ">=1.23.0-0")));
        assertNull(OLD.refusal(needing("6.7.1", ">= 1.19.0 < 1.30.0")));
        assertNull(OLD.refusal(needing("6.7.1", null)));
        assertNull(OLD.refusal(needing("6.7.1", " ")));
        assertEquals("6.7.1 has the kubeVersion 'not a constraint ~~', which is not a constraint Helm can read, so Helm refuses to"
                + " install it (ask the chart's maintainers)", OLD.refusal(needing("6.7.1", "not a constraint ~~")));
    }

    @Test
    void a_provider_suffix_is_a_pre_release_as_helm_reads_it() {
        KubernetesTarget gke = new KubernetesTarget("v1.27.3-gke.100", "the cluster");
        assertNull(gke.refusal(needing("1.0.0", ">=1.22.0-0")), "'-0' admits suffixed versions");
        assertEquals("1.0.0 would be refused by Helm on the cluster (v1.27.3-gke.100): its kubeVersion '>=1.22.0' admits 1.27.3 but"
                + " not the provider's suffix, which Helm reads as a pre-release; the chart needs '-0' in its constraint (ask its"
                + " maintainers)", gke.refusal(needing("1.0.0", ">=1.22.0")));
        assertEquals("1.0.0 needs Kubernetes >=1.28.0 (its kubeVersion) and the cluster runs v1.27.3-gke.100; upgrade the cluster first",
                gke.refusal(needing("1.0.0", ">=1.28.0")));
    }

    @Test
    void the_api_servers_version_is_taken_as_helm_takes_it() {
        assertEquals("v1.29.4-eks-036c24b", KubernetesTarget.of(new ServerVersion("1", "29+", "v1.29.4-eks-036c24b", "linux/amd64"), "c").version());
        assertEquals("1.29.0", KubernetesTarget.of(new ServerVersion("1", "29+", null, null), "c").version());
        assertNull(KubernetesTarget.of(new ServerVersion(null, null, "unknown", null), "c"));
        assertNull(KubernetesTarget.of(null, "c"));
        assertThrows(IllegalArgumentException.class, () -> new KubernetesTarget("latest", "c"));
    }
}
