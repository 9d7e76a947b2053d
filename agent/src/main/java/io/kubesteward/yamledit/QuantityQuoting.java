package io.kubesteward.yamledit;

import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * The text that replaces a resource quantity. Kubernetes reads a quantity from a YAML number as well
 * as from a string, so a plain value stays plain whenever the new text parses as one plain scalar
 * ({@code cpu: 1} → {@code cpu: 2}, no quotes added); quoted values keep their quotes as for versions.
 */
final class QuantityQuoting {
    private QuantityQuoting() {
    }

    static TextEdit render(ValueEdit edit, FileScalars scalars, List<String> notes) {
        FileScalars.Scalar scalar = scalars.exactly(edit.span());
        if (scalar != null && scalar.style() == ScalarStyle.PLAIN && PlainScalars.parsesAsPlain(edit.value(), scalar.inFlow())) {
            return new TextEdit(edit.span().start(), edit.span().end(), edit.value(), edit.value(), 0, edit.subject());
        }
        return Quoting.render(edit, scalars, notes);
    }
}
