package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.cli.Main;
import io.kubesteward.cli.Terminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Runs a Steward command line in this JVM, as a user would type it, and checks what every run must hold. */
final class StewardCli {
    /** What a run printed and returned. */
    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not the JSON report:\n" + out, e);
            }
        }

        /** The declaration of {@code name} in the JSON report. */
        JsonNode declaration(String name) {
            for (JsonNode d : json().get("declarations")) {
                if (d.get("name").asText().equals(name)) {
                    return d;
                }
            }
            throw new AssertionError("no declaration of " + name + " in " + out);
        }

        Result exits(int expected) {
            assertEquals(expected, exit, () -> "exit code; stderr:\n" + err + "\nstdout:\n" + out);
            return this;
        }
    }

    private final List<String> secrets = new ArrayList<>();

    /** Every run checks that none of these appear in its output. */
    StewardCli withSecret(String secret) {
        secrets.add(secret);
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new Terminal(new PrintWriter(out), new PrintWriter(err), false));
        Result result = new Result(exit, out.toString(), err.toString());
        for (String secret : secrets) {
            assertFalse(result.out().contains(secret) || result.err().contains(secret), "a secret leaked into the output");
        }
        assertFalse(result.err().contains("\tat ") || result.err().contains("Exception:"),
                () -> "a stack trace without --stacktrace:\n" + result.err());
        return result;
    }
}
