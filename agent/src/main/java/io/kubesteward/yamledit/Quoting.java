package io.kubesteward.yamledit;

import java.util.List;

/**
 * Decides the text that replaces a value. The span excludes the quotes of a quoted scalar, so
 * quoting is kept as it is; a plain value that would no longer read as text (the version
 * {@code 1.10} is the number 1.1) gets the file's prevailing quote, with a note saying so.
 */
final class Quoting {
    private Quoting() {
    }

    static TextEdit render(ValueEdit edit, FileScalars scalars, List<String> notes) {
        String value = edit.value();
        FileScalars.Scalar scalar = scalars.exactly(edit.span());
        if (scalar == null) {
            // part of a scalar (the tag in image: nginx:1.25.3) or not YAML: re-extraction will judge the result
            return plain(edit);
        }
        return switch (scalar.style()) {
            case PLAIN -> plainOrQuoted(edit, scalar, scalars.prevailingQuote(), notes);
            case DOUBLE_QUOTED -> {
                if (!fitsDoubleQuotes(value)) {
                    throw cannotQuote(edit, "double quotes");
                }
                yield plain(edit);
            }
            case SINGLE_QUOTED -> {
                if (value.indexOf('\'') >= 0) {
                    throw cannotQuote(edit, "single quotes");
                }
                yield plain(edit);
            }
            default -> throw new EditRejected(edit.subject() + " is a " + scalar.style() + " scalar, which cannot be edited in place");
        };
    }

    private static TextEdit plainOrQuoted(ValueEdit edit, FileScalars.Scalar scalar, char preferred, List<String> notes) {
        String value = edit.value();
        boolean parses = PlainScalars.parsesAsPlain(value, scalar.inFlow());
        boolean text = scalar.tagged() || PlainScalars.isText(value);
        if (parses && text) {
            return plain(edit);
        }
        char quote = chooseQuote(value, preferred);
        if (quote == 0) {
            throw cannotQuote(edit, "quotes");
        }
        String why = parses ? "unquoted, YAML reads it as a number, a boolean, null or a date rather than as text"
                : "unquoted, it is not valid YAML text in that place";
        notes.add(edit.subject() + ": wrote " + quote + value + quote + " in quotes because " + why);
        return new TextEdit(edit.span().start(), edit.span().end(), quote + value + quote, value, 1, edit.subject());
    }

    private static char chooseQuote(String value, char preferred) {
        boolean single = value.indexOf('\'') < 0;
        boolean doubled = fitsDoubleQuotes(value);
        if (preferred == '\'' && single) {
            return '\'';
        }
        return doubled ? '"' : single ? '\'' : 0;
    }

    private static boolean fitsDoubleQuotes(String value) {
        return value.chars().noneMatch(c -> c == '"' || c == '\\' || Character.isISOControl(c));
    }

    private static TextEdit plain(ValueEdit edit) {
        return new TextEdit(edit.span().start(), edit.span().end(), edit.value(), edit.value(), 0, edit.subject());
    }

    private static EditRejected cannotQuote(ValueEdit edit, String quotes) {
        return new EditRejected("the new value '" + edit.value() + "' of " + edit.subject() + " cannot be written between "
                + quotes + " without escapes, which would no longer be an exact span edit; update it by hand");
    }
}
