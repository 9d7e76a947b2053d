package io.kubesteward.versioning;

/** The operators of a Helm (Masterminds) constraint; aliases map to one constant. */
public enum ComparisonOperator {
    /** {@code =} or no operator: equal, or a tilde range when the version has a wildcard. */
    EQUAL,
    NOT_EQUAL,
    GREATER,
    LESS,
    /** {@code >=} or {@code =>}. */
    GREATER_OR_EQUAL,
    /** {@code <=} or {@code =<}. */
    LESS_OR_EQUAL,
    /** {@code ~} or {@code ~>}. */
    TILDE,
    CARET;

    static ComparisonOperator fromSymbol(String symbol) {
        return switch (symbol) {
            case "", "=" -> EQUAL;
            case "!=" -> NOT_EQUAL;
            case ">" -> GREATER;
            case "<" -> LESS;
            case ">=", "=>" -> GREATER_OR_EQUAL;
            case "<=", "=<" -> LESS_OR_EQUAL;
            case "~", "~>" -> TILDE;
            case "^" -> CARET;
            default -> throw new IllegalArgumentException("not a constraint operator: '" + symbol + "'");
        };
    }
}
