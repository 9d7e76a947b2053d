package io.kubesteward.declarations.helmfile;

import io.kubesteward.declarations.yaml.GoTemplateText;
import io.kubesteward.declarations.yaml.TemplateAction;
import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.helmfile.TemplateExpression.Env;
import io.kubesteward.declarations.helmfile.TemplateExpression.EnvWithDefault;
import io.kubesteward.declarations.helmfile.TemplateExpression.RequiredEnv;
import io.kubesteward.declarations.helmfile.TemplateExpression.ValuesReference;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.SkipReason.Code;
import java.util.List;

/**
 * Evaluates the simple templates a helmfile scalar may be: a state value ({@code {{ .Values.x }}},
 * also quoted, read from the environment's values files), or an environment variable with a
 * default in the file ({@code {{ env "X" | default "y" }}}: the default is the value). Anything
 * else is reported, never guessed.
 */
final class TemplateEvaluator {
    // a values file may itself be a template; one level of indirection is what real files use
    private static final int MAX_DEPTH = 2;
    private final HelmfileContext context;

    TemplateEvaluator(HelmfileContext context) {
        this.context = context;
    }

    /** {@code masked} is a scalar of {@code source}; {@code what} names it in reasons ("version"). */
    EvaluatedValue evaluate(TemplatedYaml source, YamlScalar masked, String what) {
        return evaluate(source, masked, what, 0);
    }

    private EvaluatedValue evaluate(TemplatedYaml source, YamlScalar masked, String what, int depth) {
        for (GoTemplateText.Branch branch : source.template().conditional()) {
            if (branch.contains(masked.offset())) {
                return skipped(source, masked.span() == null ? null : source.original(masked), what + " is inside the condition '"
                        + branch.opening().text() + "', which has alternatives; which value applies depends on how helmfile renders it");
            }
        }
        if (masked.span() == null) {
            return masked.value().indexOf(GoTemplateText.PLACEHOLDER) < 0
                    ? EvaluatedValue.known(source.path(), masked)
                    : skipped(source, null, what + " is a template written as a quoted or block string whose text Steward cannot locate");
        }
        YamlScalar written = source.original(masked);
        List<TemplateAction> actions = source.actionsIn(masked.span());
        if (actions.isEmpty()) {
            return EvaluatedValue.known(source.path(), written);
        }
        TemplateAction action = actions.get(0);
        if (actions.size() > 1 || !written.value().strip().equals(action.text())) {
            return skipped(source, written, what + " '" + written.value() + "' mixes text and template expressions, which Steward does not evaluate");
        }
        TemplateExpression expression = TemplateExpression.parse(action.text());
        if (expression instanceof ValuesReference reference) {
            return fromValues(source, written, reference, what, depth);
        }
        if (expression instanceof EnvWithDefault env) {
            int start = action.start() + env.valueStart();
            return EvaluatedValue.known(source.path(), new YamlScalar(env.value(),
                    source.spanAt(start, start + env.value().length()), start, written.line()));
        }
        if (expression instanceof Env env) {
            return skipped(source, written, what + " comes from the environment variable " + env.variable()
                    + " ('" + action.text() + "'), which has no default in the file");
        }
        if (expression instanceof RequiredEnv env) {
            return skipped(source, written, what + " comes from the required environment variable " + env.variable()
                    + " ('" + action.text() + "'), known only when helmfile runs");
        }
        return skipped(source, written, what + " is the template expression '" + action.text() + "' which Steward does not evaluate");
    }

    private EvaluatedValue fromValues(TemplatedYaml source, YamlScalar written, ValuesReference reference, String what, int depth) {
        String key = String.join(".", reference.keys());
        HelmfileContext.ValuesLayer layer = context.setting(reference.keys());
        if (layer == null) {
            String unread = context.unread().isEmpty() ? "" : "; not read: " + String.join(", ", context.unread());
            return skipped(source, written, what + " is '" + written.value() + "', but no values of environment '"
                    + HelmfileContext.ENVIRONMENT + "' set " + key + unread);
        }
        YamlScalar value = layer.document().scalar(layer.root(), reference.keys().toArray(String[]::new));
        if (value == null) {
            return skipped(source, written, what + " is '" + written.value() + "', but " + key + " in "
                    + layer.source().path() + " is empty or not a single value");
        }
        if (depth + 1 >= MAX_DEPTH && value.value().indexOf(GoTemplateText.PLACEHOLDER) >= 0) {
            return skipped(source, written, what + " is '" + written.value() + "', whose value in "
                    + layer.source().path() + " is another template");
        }
        return evaluate(layer.source(), value, what + " (" + key + " in " + layer.source().path() + ")", depth + 1);
    }

    private static EvaluatedValue skipped(TemplatedYaml source, YamlScalar written, String reason) {
        return new EvaluatedValue(source.path(), written, Resolution.skip(Code.TEMPLATED, reason));
    }
}
