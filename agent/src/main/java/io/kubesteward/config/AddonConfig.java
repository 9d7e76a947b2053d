package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of the add-on catalogue ({@code addons:} in an AddonCatalogue, Rules or Config file):
 * how to recognise the add-on in the cluster ({@code images} as repository globs, {@code labels} as
 * {@code key=value}, {@code charts} by chart name) and where its newer versions come from
 * ({@code chart}, {@code image}). A later entry of the same name replaces an earlier one whole;
 * {@code enabled: false} drops it.
 */
public record AddonConfig(
        String name,
        String description,
        Boolean enabled,
        List<String> images,
        List<String> labels,
        List<String> charts,
        String versionLabel,
        AddonChartConfig chart,
        String image,
        Boolean followsServerVersion,
        String advice) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern LABEL = Pattern.compile("[^=\\s]+=[^=\\s]+");
    private static final Pattern IMAGE_GLOB = Pattern.compile("[a-z0-9*][-a-z0-9._*/:]*");

    @JsonCreator
    public AddonConfig(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty("description") String description,
            @JsonProperty("enabled") Boolean enabled,
            @JsonProperty("images") List<String> images,
            @JsonProperty("labels") List<String> labels,
            @JsonProperty("charts") List<String> charts,
            @JsonProperty("versionLabel") String versionLabel,
            @JsonProperty("chart") AddonChartConfig chart,
            @JsonProperty("image") String image,
            @JsonProperty("followsServerVersion") Boolean followsServerVersion,
            @JsonProperty("advice") String advice) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("add-on 'name' must be lower-case letters, digits, '-' and '.', such as cert-manager; got '"
                    + name + "'");
        }
        this.name = name;
        this.description = description;
        this.enabled = enabled;
        this.images = each(name, images, "images", IMAGE_GLOB, "an image repository without tag or digest, '*' for any part, "
                + "such as registry.k8s.io/coredns/coredns or *.dkr.ecr.*.amazonaws.com/eks/coredns");
        this.labels = each(name, labels, "labels", LABEL, "key=value, such as app.kubernetes.io/name=cert-manager");
        this.charts = each(name, charts, "charts", NAME, "a chart name, such as cert-manager");
        this.versionLabel = versionLabel;
        this.chart = chart;
        this.image = image;
        this.followsServerVersion = followsServerVersion;
        this.advice = advice;
        if (image != null && (image.contains("*") || !IMAGE_GLOB.matcher(image).matches() || hasTag(image))) {
            throw new IllegalArgumentException("add-on '" + name + "': 'image' must be an image repository without tag, digest or '*', "
                    + "such as registry.k8s.io/coredns/coredns; got '" + image + "'");
        }
        if (!Boolean.FALSE.equals(enabled) && this.images.isEmpty() && this.labels.isEmpty() && this.charts.isEmpty()) {
            throw new IllegalArgumentException("add-on '" + name + "' needs at least one of 'images', 'labels' or 'charts' to be "
                    + "recognised by (or enabled: false)");
        }
    }

    public boolean on() {
        return !Boolean.FALSE.equals(enabled);
    }

    public boolean versionsFollowServer() {
        return Boolean.TRUE.equals(followsServerVersion);
    }

    private static List<String> each(String name, List<String> values, String field, Pattern shape, String expected) {
        if (values == null) {
            return List.of();
        }
        for (String value : values) {
            if (value == null || !shape.matcher(value).matches() || "images".equals(field) && hasTag(value)) {
                throw new IllegalArgumentException("add-on '" + name + "': '" + field + "' holds '" + value + "'; expected " + expected);
            }
        }
        return List.copyOf(values);
    }

    /** A tag is a ':' after the last '/'; a ':' before it is a registry port. */
    private static boolean hasTag(String image) {
        return image.contains("@") || image.lastIndexOf(':') > image.lastIndexOf('/');
    }
}
