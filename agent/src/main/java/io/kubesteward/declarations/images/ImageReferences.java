package io.kubesteward.declarations.images;

import io.kubesteward.model.PackageRef;
import java.util.regex.Pattern;

/**
 * Reads image references as Docker's reference grammar defines them. Pure. A first path component
 * is a registry when it contains {@code .} or {@code :} or is {@code localhost}.
 */
public final class ImageReferences {
    private static final Pattern REGISTRY = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]+)?");
    private static final Pattern PATH_COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[+._-][a-z0-9]+)*:[A-Za-z0-9=_-]{32,}");

    private ImageReferences() {
    }

    /** The reference {@code text} is, or null when it is not one (or is templated). */
    public static ImageReference parse(String text) {
        if (text == null || text.isEmpty() || isTemplated(text)) {
            return null;
        }
        String nameAndTag = text;
        String digest = null;
        int digestOffset = -1;
        int at = text.indexOf('@');
        if (at >= 0) {
            digest = text.substring(at + 1);
            digestOffset = at + 1;
            nameAndTag = text.substring(0, at);
            if (!DIGEST.matcher(digest).matches()) {
                return null;
            }
        }
        String tag = null;
        int tagOffset = -1;
        String name = nameAndTag;
        int colon = nameAndTag.lastIndexOf(':');
        if (colon > nameAndTag.lastIndexOf('/')) {
            tag = nameAndTag.substring(colon + 1);
            tagOffset = colon + 1;
            name = nameAndTag.substring(0, colon);
            if (!TAG.matcher(tag).matches()) {
                return null;
            }
        }
        String registry = registryOf(name);
        String path = registry == null ? name : name.substring(registry.length() + 1);
        if (!isPath(path)) {
            return null;
        }
        return new ImageReference(text, registry, path, tag, tagOffset, digest, digestOffset);
    }

    /**
     * The package of an image name without tag or digest ({@code ghcr.io/a/b}, {@code nginx}), as
     * written in annotations and kustomize {@code images}; null when it is not an image name.
     */
    public static PackageRef packageOf(String name) {
        ImageReference reference = parse(name);
        return reference == null || reference.hasTag() || reference.hasDigest() ? null : reference.packageRef();
    }

    /**
     * A {@code tag[@digest]} text, as Helm values and annotations write a pinned version: a
     * reference with an empty name, or null when the text is neither. The tag part may be empty.
     */
    public static ImageReference parseTag(String text) {
        if (text == null || isTemplated(text)) {
            return null;
        }
        int at = text.indexOf('@');
        String tag = at < 0 ? text : text.substring(0, at);
        String digest = at < 0 ? null : text.substring(at + 1);
        if (digest != null && !DIGEST.matcher(digest).matches() || !tag.isEmpty() && !TAG.matcher(tag).matches()) {
            return null;
        }
        return new ImageReference(text, null, "", tag.isEmpty() ? null : tag, tag.isEmpty() ? -1 : 0, digest, at < 0 ? -1 : at + 1);
    }

    public static boolean isDigest(String text) {
        return text != null && DIGEST.matcher(text).matches();
    }

    /** Go templates ({@code {{ }}}) and Flux or shell substitution ({@code ${ }}): the text in Git is not the value. */
    public static boolean isTemplated(String text) {
        return text != null && (text.contains("{{") || text.contains("${"));
    }

    private static String registryOf(String name) {
        int slash = name.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String first = name.substring(0, slash);
        boolean looksLikeHost = first.indexOf('.') >= 0 || first.indexOf(':') >= 0 || first.equals("localhost");
        return looksLikeHost && REGISTRY.matcher(first).matches() ? first : null;
    }

    private static boolean isPath(String path) {
        if (path.isEmpty()) {
            return false;
        }
        for (String component : path.split("/", -1)) {
            if (!PATH_COMPONENT.matcher(component).matches()) {
                return false;
            }
        }
        return true;
    }
}
