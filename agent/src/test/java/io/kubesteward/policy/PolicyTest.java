package io.kubesteward.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.config.ConfigDocument;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.ConfigLoader;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.Span;
import io.kubesteward.model.UpdateType;
import io.kubesteward.versioning.VersionSchemes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyTest {
    private static Policy policy(String rulesYaml) throws ConfigError {
        ConfigDocument doc = new ConfigLoader(VersionSchemes.helm()).parse("rules.yaml",
                "apiVersion: steward.io/v1alpha1\nkind: Rules\npackageRules:\n" + rulesYaml, Path.of("."));
        return new Policy(doc.packageRules());
    }

    private static Declaration chart(String file, DeclarationKind kind, String name, String repository) {
        return new Declaration(file, kind, name, "1.0.0", new Span(0, 5, 1, 1),
                new PackageRef(SourceKind.HELM_REPOSITORY, repository, name), null);
    }

    @Test
    void no_rules_means_everything_allowed_with_majors_apart() throws ConfigError {
        EffectivePolicy p = new Policy(List.of()).forDeclaration(chart("a.yaml", DeclarationKind.CHART_DEPENDENCY, "x", "https://a.io"));
        assertEquals(EffectivePolicy.permissive(), p);
    }

    @Test
    void later_matching_rules_override_earlier_ones_and_lists_accumulate() throws ConfigError {
        Policy policy = policy("""
                  - {description: base, updateTypes: [patch, minor, major], ignoreVersions: ['1.0.1']}
                  - {description: certs, matchPackageNames: ['cert-*'], updateTypes: [patch], minimumReleaseAge: 3d, ignoreVersions: ['1.0.2']}
                  - {description: prod, matchFiles: ['clusters/prod/**'], enabled: false}
                """);
        EffectivePolicy certs = policy.forDeclaration(chart("apps/c.yaml", DeclarationKind.FLUX_HELM_RELEASE, "cert-manager", "https://charts.jetstack.io"));
        assertEquals(Set.of(UpdateType.PATCH), certs.updateTypes());
        assertEquals(Duration.ofDays(3), certs.minimumReleaseAge());
        assertEquals(List.of("1.0.1", "1.0.2"), certs.ignoreVersions());
        assertEquals(List.of("base", "certs"), certs.appliedRules());
        assertTrue(certs.enabled());

        EffectivePolicy prod = policy.forDeclaration(chart("clusters/prod/apps/x.yaml", DeclarationKind.FLUX_HELM_RELEASE, "nginx", "https://a.io"));
        assertFalse(prod.enabled());
        assertEquals(Set.of(UpdateType.PATCH, UpdateType.MINOR, UpdateType.MAJOR), prod.updateTypes());
    }

    @Test
    void all_given_matchers_must_match() throws ConfigError {
        Policy policy = policy("""
                  - {matchPackageNames: [redis], matchRepositories: ['https://charts.bitnami.com/*'], matchKinds: [helm-chart-dependency], enabled: false}
                """);
        assertFalse(policy.forDeclaration(chart("Chart.yaml", DeclarationKind.CHART_DEPENDENCY, "redis", "https://charts.bitnami.com/bitnami")).enabled());
        assertTrue(policy.forDeclaration(chart("hr.yaml", DeclarationKind.FLUX_HELM_RELEASE, "redis", "https://charts.bitnami.com/bitnami")).enabled());
        assertTrue(policy.forDeclaration(chart("Chart.yaml", DeclarationKind.CHART_DEPENDENCY, "redis", "https://other.io")).enabled());
        assertTrue(policy.forDeclaration(chart("Chart.yaml", DeclarationKind.CHART_DEPENDENCY, "redis-ha", "https://charts.bitnami.com/bitnami")).enabled());
    }

    @Test
    void file_globs_respect_path_segments() {
        assertTrue(Glob.of("clusters/*/apps/*.yaml").matches("clusters/prod/apps/a.yaml"));
        assertFalse(Glob.of("clusters/*.yaml").matches("clusters/prod/a.yaml"));
        assertTrue(Glob.of("clusters/**/a.yaml").matches("clusters/a.yaml"));
        assertTrue(Glob.of("clusters/**/a.yaml").matches("clusters/x/y/a.yaml"));
        assertTrue(Glob.loose("https://charts.*").matches("https://charts.jetstack.io/x"));
        assertFalse(Glob.of("a?c").matches("a/c"));
    }
}
