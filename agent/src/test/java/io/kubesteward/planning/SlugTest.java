package io.kubesteward.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {
    @CatalogueEntry({6, 55})
    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "a/b", "../../etc/passwd", "Cert-Manager", "x..y", "chart.lock", "@{-1}", "~^:?*[\\",
        "a very long chart name that a hostile publisher made far longer than any label should ever be allowed to grow"})
    void every_chart_name_becomes_one_valid_branch_segment(String name) {
        String slug = ProposalGrouper.slug(name);
        assertTrue(slug.matches("[a-z0-9]([a-z0-9._-]*[a-z0-9])?"), slug);
        assertTrue(slug.length() <= 63, slug);
        assertTrue(!slug.contains("..") && !slug.endsWith(".lock"), slug);
        assertTrue(Repository.isValidRefName("refs/heads/steward/chart/" + slug), slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cert-manager", "kube-prometheus-stack", "ingress-nginx", "external-dns", "argo-cd"})
    void ordinary_names_stay_as_they_are(String name) {
        assertEquals(name, ProposalGrouper.slug(name));
    }

    @Test
    void names_that_say_nothing_become_chart() {
        assertEquals("chart", ProposalGrouper.slug(".."));
        assertEquals("cert-manager", ProposalGrouper.slug("Cert-Manager"));
        assertEquals("etc-passwd", ProposalGrouper.slug("../../etc/passwd"));
    }
}
