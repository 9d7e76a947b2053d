package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kubesteward.model.UpdateType;
import java.util.List;
import java.util.Set;

/**
 * One package rule as written in a Config or Rules file. Match fields are globs and all given
 * ones must match; the other fields are what the rule sets (null = leaves it as it was).
 * {@code groupName} puts the matching packages' updates in one pull request named after it;
 * {@code groupCompanions} (on unless a rule says false) keeps companion images together: images of
 * one registry namespace at the same tag in the same file, released together.
 * {@code origin} is where it was written (file:line:col), for reports.
 */
public record PackageRuleConfig(
        String description,
        List<String> matchPackageNames,
        List<String> matchRepositories,
        List<String> matchFiles,
        List<String> matchKinds,
        Boolean enabled,
        Set<UpdateType> updateTypes,
        List<String> ignoreVersions,
        String allowedVersions,
        Age minimumReleaseAge,
        Boolean separateMajor,
        List<String> labels,
        List<String> reviewers,
        List<String> assignees,
        String groupName,
        Boolean groupCompanions,
        String origin) {

    @JsonCreator
    public PackageRuleConfig(
            @JsonProperty("description") String description,
            @JsonProperty("matchPackageNames") List<String> matchPackageNames,
            @JsonProperty("matchRepositories") List<String> matchRepositories,
            @JsonProperty("matchFiles") List<String> matchFiles,
            @JsonProperty("matchKinds") List<String> matchKinds,
            @JsonProperty("enabled") Boolean enabled,
            @JsonProperty("updateTypes") Set<UpdateType> updateTypes,
            @JsonProperty("ignoreVersions") List<String> ignoreVersions,
            @JsonProperty("allowedVersions") String allowedVersions,
            @JsonProperty("minimumReleaseAge") Age minimumReleaseAge,
            @JsonProperty("separateMajor") Boolean separateMajor,
            @JsonProperty("labels") List<String> labels,
            @JsonProperty("reviewers") List<String> reviewers,
            @JsonProperty("assignees") List<String> assignees,
            @JsonProperty("groupName") String groupName,
            @JsonProperty("groupCompanions") Boolean groupCompanions) {
        this(description, orEmpty(matchPackageNames), orEmpty(matchRepositories), orEmpty(matchFiles),
                Kinds.require(orEmpty(matchKinds)), enabled, updateTypes, orEmpty(ignoreVersions),
                allowedVersions, minimumReleaseAge, separateMajor, orEmpty(labels), orEmpty(reviewers), orEmpty(assignees),
                groupName == null ? null : groupName.strip(), groupCompanions, null);
        if (enabled == null && updateTypes == null && ignoreVersions == null && allowedVersions == null
                && minimumReleaseAge == null && separateMajor == null && labels == null && reviewers == null && assignees == null
                && groupName == null && groupCompanions == null) {
            throw new IllegalArgumentException("this rule sets nothing; give at least one of enabled, updateTypes, "
                    + "ignoreVersions, allowedVersions, minimumReleaseAge, separateMajor, labels, reviewers, assignees, groupName,"
                    + " groupCompanions");
        }
        if (groupName != null && groupName.isBlank()) {
            throw new IllegalArgumentException("'groupName' is empty; name the group its pull request is titled after");
        }
        if (updateTypes != null && updateTypes.isEmpty()) {
            throw new IllegalArgumentException("'updateTypes' is empty; to turn updates off write 'enabled: false'");
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public PackageRuleConfig withOrigin(String where) {
        return new PackageRuleConfig(description, matchPackageNames, matchRepositories, matchFiles, matchKinds,
                enabled, updateTypes, ignoreVersions, allowedVersions, minimumReleaseAge, separateMajor, labels, reviewers,
                assignees, groupName, groupCompanions, where);
    }

    /** A name for reports: the description, or where the rule was written. */
    public String label() {
        return description != null ? description : "rule at " + origin;
    }
}
