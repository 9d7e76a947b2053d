package io.kubesteward.declarations.argocd;

import io.kubesteward.declarations.Resolution;
import io.kubesteward.model.SkipReason.Code;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that is not the value yet: ApplicationSet parameters ({@code {{path.basename}}}, Go templates)
 * and {@code <PLACEHOLDER>} tokens that a bootstrap tool replaces before the files are applied.
 */
final class ArgoTemplates {
    private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Za-z][A-Za-z0-9_.-]*>");

    private ArgoTemplates() {
    }

    static boolean isTemplated(String value) {
        return value != null && (value.contains("{{") || PLACEHOLDER.matcher(value).find());
    }

    /** The skip for {@code what} (such as "targetRevision") whose text is the templated {@code value}. */
    static Resolution skip(String what, String value) {
        if (value.contains("{{")) {
            return Resolution.skip(Code.TEMPLATED, what + " '" + value + "' is a template filled in by Argo CD"
                    + " (ApplicationSet parameters or Go template); Steward does not evaluate it");
        }
        Matcher placeholder = PLACEHOLDER.matcher(value);
        String token = placeholder.find() ? placeholder.group() : value;
        return Resolution.skip(Code.TEMPLATED, what + " '" + value + "' contains the placeholder " + token
                + ", which is replaced before the file is applied; its value is not in the repository");
    }
}
