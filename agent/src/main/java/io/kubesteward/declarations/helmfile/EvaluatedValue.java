package io.kubesteward.declarations.helmfile;

import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.yaml.YamlScalar;

/**
 * A helmfile scalar once its template is evaluated: the value and the file where it really lives
 * (a values file, for {@code {{ .Values.x }}}), or, with {@code skip} set, why it is not known;
 * then {@code value} is the text as written (null when even that cannot be located).
 */
record EvaluatedValue(String file, YamlScalar value, Resolution skip) {

    static EvaluatedValue known(String file, YamlScalar value) {
        return new EvaluatedValue(file, value, null);
    }

    boolean skipped() {
        return skip != null;
    }
}
