package io.kubesteward.declarations.helmfile;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few template expressions Steward understands in a helmfile; anything else is {@link Other}. */
sealed interface TemplateExpression {
    String OPEN = "^\\{\\{-?\\s*";
    String CLOSE = "\\s*-?\\}\\}$";
    String QUOTED = "(?:\\s*\\|\\s*(?:quote|squote))?";
    Pattern VALUES = Pattern.compile(OPEN
            + "\\$?\\.(Values|StateValues|Environment\\.Values)((?:\\.[A-Za-z_][A-Za-z0-9_]*)+)"
            + "(?:\\s*\\|\\s*(?:quote|squote|toString))?" + CLOSE);
    Pattern ENV_DEFAULT = Pattern.compile(OPEN + "env\\s+\"([^\"\\\\]+)\"\\s*\\|\\s*default\\s+\"([^\"\\\\]*)\"" + QUOTED + CLOSE);
    Pattern ENV = Pattern.compile(OPEN + "env\\s+\"([^\"\\\\]+)\"" + QUOTED + CLOSE);
    Pattern REQUIRED_ENV = Pattern.compile(OPEN + "requiredEnv\\s+\"([^\"\\\\]+)\"" + QUOTED + CLOSE);

    /** {@code .Values.a.b}, {@code .StateValues.a.b}, {@code .Environment.Values.a.b}, possibly quoted. */
    record ValuesReference(String scope, List<String> keys) implements TemplateExpression {
    }

    /** {@code env "X" | default "y"}: {@code valueStart} is the offset of {@code y} in the action's text. */
    record EnvWithDefault(String variable, String value, int valueStart) implements TemplateExpression {
    }

    /** {@code env "X"} without a default. */
    record Env(String variable) implements TemplateExpression {
    }

    record RequiredEnv(String variable) implements TemplateExpression {
    }

    record Other() implements TemplateExpression {
    }

    static TemplateExpression parse(String action) {
        Matcher values = VALUES.matcher(action);
        if (values.matches()) {
            return new ValuesReference(values.group(1), Arrays.asList(values.group(2).substring(1).split("\\.")));
        }
        Matcher envDefault = ENV_DEFAULT.matcher(action);
        if (envDefault.matches()) {
            return new EnvWithDefault(envDefault.group(1), envDefault.group(2), envDefault.start(2));
        }
        Matcher env = ENV.matcher(action);
        if (env.matches()) {
            return new Env(env.group(1));
        }
        Matcher required = REQUIRED_ENV.matcher(action);
        if (required.matches()) {
            return new RequiredEnv(required.group(1));
        }
        return new Other();
    }
}
