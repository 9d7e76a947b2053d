package io.kubesteward.addons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Image references, the catalogue's image globs and the helm.sh/chart label, read as the cluster writes them. */
class NamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            nginx                                             | docker.io           | library/nginx          | -                  | -
            nginx:1.25                                        | docker.io           | library/nginx          | 1.25               | -
            bitnami/redis:7.2.4-debian-11-r5                  | docker.io           | bitnami/redis          | 7.2.4-debian-11-r5 | -
            index.docker.io/library/nginx                     | docker.io           | library/nginx          | -                  | -
            registry.k8s.io/coredns/coredns:v1.11.1           | registry.k8s.io     | coredns/coredns        | v1.11.1            | -
            registry.local:5000/team/app:1.0@sha256:abc       | registry.local:5000 | team/app               | 1.0                | sha256:abc
            ghcr.io/fluxcd/helm-controller@sha256:abc         | ghcr.io             | fluxcd/helm-controller | -                  | sha256:abc
            localhost/app:dev                                 | localhost           | app                    | dev                | -
            """)
    void image_references_are_normalised_like_the_registry_knows_them(String text, String registry, String path, String tag,
                                                                        String digest) {
        assertEquals(new ImageName(registry, path, tag, digest), ImageName.parse(text));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            registry.k8s.io/coredns/coredns       | registry.k8s.io/coredns/coredns:v1.11.1                                           | true
            registry.k8s.io/coredns/coredns       | registry.k8s.io/coredns/coredns-extra:1                                           | false
            *.dkr.ecr.*.amazonaws.com/eks/coredns | 602401143452.dkr.ecr.eu-west-1.amazonaws.com/eks/coredns:v1.11.1-eksbuild.4       | true
            *.dkr.ecr.*.amazonaws.com/eks/coredns | 602401143452.dkr.ecr.eu-west-1.amazonaws.com/eks/kube-proxy:v1.29.0-eksbuild.1   | false
            quay.io/jetstack/cert-manager-*       | quay.io/jetstack/cert-manager-webhook:v1.14.4                                     | true
            quay.io/jetstack/cert-manager-*       | quay.io/jetstack/other/cert-manager-webhook:v1                                    | false
            **/amazon-k8s-cni                     | 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.1              | true
            coredns/coredns                       | docker.io/coredns/coredns:1.11.1                                                  | true
            nginx                                 | nginx:1.25                                                                        | true
            """)
    void image_globs_match_within_path_parts(String glob, String image, boolean matches) {
        assertEquals(matches, ImageGlob.of(glob).matches(ImageName.parse(image).repository()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            cert-manager-v1.14.4           | cert-manager       | v1.14.4
            kube-state-metrics-5.18.0      | kube-state-metrics | 5.18.0
            chart-1.0.0-rc.1               | chart              | 1.0.0-rc.1
            k8s-2-foo-1.0.0                | k8s-2-foo          | 1.0.0
            dashboards-0.1.0+3f2a9c1d0b4e  | dashboards         | 0.1.0+3f2a9c1d0b4e
            nochart                        | -                  | -
            web-1                          | -                  | -
            """)
    void the_chart_label_splits_at_the_first_part_that_reads_as_a_version(String label, String chart, String version) {
        Optional<ChartLabel> expected = chart == null ? Optional.empty() : Optional.of(new ChartLabel(chart, version));
        assertEquals(expected, ChartLabel.parse(label));
    }
}
