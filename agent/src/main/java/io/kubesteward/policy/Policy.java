package io.kubesteward.policy;

import io.kubesteward.config.PackageRuleConfig;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.UpdateType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The package rules in merge order; later matching rules override what earlier ones set. */
public final class Policy {
    private final List<CompiledRule> rules;

    public Policy(List<PackageRuleConfig> rules) {
        this.rules = rules.stream().map(CompiledRule::of).toList();
    }

    public EffectivePolicy forDeclaration(Declaration declaration) {
        boolean enabled = true;
        Set<UpdateType> types = EnumSet.allOf(UpdateType.class);
        List<String> ignore = new ArrayList<>();
        List<String> allowed = new ArrayList<>();
        Duration minimumAge = Duration.ZERO;
        boolean separateMajor = true;
        List<String> applied = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        Set<String> reviewers = new LinkedHashSet<>();
        Set<String> assignees = new LinkedHashSet<>();
        String groupName = null;
        boolean groupCompanions = true;
        for (CompiledRule rule : rules) {
            if (!rule.matches(declaration)) {
                continue;
            }
            PackageRuleConfig r = rule.config();
            applied.add(r.label());
            if (r.enabled() != null) {
                enabled = r.enabled();
            }
            if (r.updateTypes() != null) {
                types = EnumSet.copyOf(r.updateTypes());
            }
            ignore.addAll(r.ignoreVersions());
            if (r.allowedVersions() != null) {
                allowed.add(r.allowedVersions());
            }
            if (r.minimumReleaseAge() != null) {
                minimumAge = r.minimumReleaseAge().duration();
            }
            if (r.separateMajor() != null) {
                separateMajor = r.separateMajor();
            }
            labels.addAll(r.labels());
            reviewers.addAll(r.reviewers());
            assignees.addAll(r.assignees());
            if (r.groupName() != null) {
                groupName = r.groupName();
            }
            if (r.groupCompanions() != null) {
                groupCompanions = r.groupCompanions();
            }
        }
        return new EffectivePolicy(enabled, types, ignore, allowed, minimumAge, separateMajor, applied,
                List.copyOf(labels), List.copyOf(reviewers), List.copyOf(assignees), groupName, groupCompanions);
    }

    private record CompiledRule(PackageRuleConfig config, List<Glob> names, List<Glob> repositories, List<Glob> files) {
        static CompiledRule of(PackageRuleConfig rule) {
            return new CompiledRule(rule,
                    rule.matchPackageNames().stream().map(Glob::loose).toList(),
                    rule.matchRepositories().stream().map(Glob::loose).toList(),
                    rule.matchFiles().stream().map(Glob::of).toList());
        }

        boolean matches(Declaration d) {
            String repository = d.pkg() == null ? null : d.pkg().repository();
            return any(names, d.name())
                    && any(repositories, repository)
                    && any(files, d.file())
                    && (config.matchKinds().isEmpty() || config.matchKinds().contains(d.kind().id()));
        }

        private static boolean any(List<Glob> globs, String value) {
            return globs.isEmpty() || globs.stream().anyMatch(g -> g.matches(value));
        }
    }
}
