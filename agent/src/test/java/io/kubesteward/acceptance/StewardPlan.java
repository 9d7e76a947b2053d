package io.kubesteward.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.cli.Main;
import io.kubesteward.cli.Terminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code steward plan} says about one repository: its {@code --output tsv} rows taken per
 * declaration (a declaration with a minor and a separate major has two rows), each with the status
 * and reason the {@code --output json} report gives it.
 */
record StewardPlan(List<Declared> declarations, JsonNode report) {

    /** One declaration as the TSV shows it ({@code current} is empty when the file gives none). */
    record Declared(String file, String kind, String name, String current, Set<String> proposed, List<Verdict> verdicts) {
        boolean explained() {
            return verdicts.stream().allMatch(Verdict::explained);
        }

        @Override
        public String toString() {
            return file + " " + kind + " " + name + " " + (current.isEmpty() ? "(no value)" : current) + " " + verdicts;
        }
    }

    /** A status of the JSON report, with its reason. */
    record Verdict(String status, String reason) {
        private static final Set<String> NEED_A_REASON = Set.of("skipped", "lookup-failed", "held-back");

        boolean explained() {
            return !NEED_A_REASON.contains(status) || reason != null && !reason.isBlank();
        }

        @Override
        public String toString() {
            return reason == null ? status : status + " (" + reason + ")";
        }
    }

    private record Run(int exit, String out, String err) {
    }

    /** Runs the plan twice in this JVM, as TSV and as JSON, and joins the two by file, kind, name and current value. */
    static StewardPlan of(Path repo, Path config) throws IOException {
        Run tsv = run("plan", "--repo", repo.toString(), "--config", config.toString(), "--output", "tsv");
        assertEquals(0, tsv.exit(), "steward plan --output tsv on " + repo + ":\n" + tsv.err());
        Run json = run("plan", "--repo", repo.toString(), "--config", config.toString(), "--output", "json");
        assertEquals(0, json.exit(), "steward plan --output json on " + repo + ":\n" + json.err());
        JsonNode report = new ObjectMapper().readTree(json.out());

        Map<List<String>, List<Verdict>> verdicts = new LinkedHashMap<>();
        for (JsonNode d : report.get("declarations")) {
            verdicts.computeIfAbsent(key(d.get("file").asText(), d.get("kind").asText(), d.get("name").asText(),
                    d.get("current").isNull() ? "" : d.get("current").asText()), k -> new ArrayList<>())
                    .add(new Verdict(d.get("status").asText(), d.get("reason").isNull() ? null : d.get("reason").asText()));
        }
        Map<List<String>, Set<String>> proposed = new LinkedHashMap<>();
        for (String line : tsv.out().split("\n")) {
            String[] c = line.split("\t", -1);
            if (c.length != 5 || c[0].equals("file")) {
                continue;
            }
            Set<String> versions = proposed.computeIfAbsent(key(c[0], c[1], c[2], c[3]), k -> new TreeSet<>());
            if (!c[4].isEmpty()) {
                versions.add(c[4]);
            }
        }
        assertEquals(verdicts.keySet(), proposed.keySet(), "the TSV and JSON reports list different declarations");
        List<Declared> declarations = new ArrayList<>();
        proposed.forEach((k, versions) -> declarations.add(new Declared(k.get(0), k.get(1), k.get(2), k.get(3), versions,
                List.copyOf(verdicts.get(k)))));
        return new StewardPlan(List.copyOf(declarations), report);
    }

    private static List<String> key(String file, String kind, String name, String current) {
        return List.of(file, kind, name, current);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new Terminal(new PrintWriter(out), new PrintWriter(err), false));
        return new Run(exit, out.toString(), err.toString());
    }

    List<Declared> inFile(String file) {
        return declarations.stream().filter(d -> d.file().equals(file)).toList();
    }
}
