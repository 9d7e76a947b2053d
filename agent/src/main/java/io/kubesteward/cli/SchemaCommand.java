package io.kubesteward.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kubesteward.config.ConfigSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "schema", mixinStandardHelpOptions = true, description = {
    "Print the JSON Schema of a file kind (Config, Rules or AddonCatalogue), for editors and CI;",
    "with --out, write all three (config.schema.json, rules.schema.json, addon-catalogue.schema.json) into DIR."})
final class SchemaCommand implements Callable<Integer> {
    static final List<String> KINDS = List.of("Config", "Rules", "AddonCatalogue");
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    @ParentCommand
    private StewardCommand root;

    @Parameters(arity = "0..1", paramLabel = "KIND", defaultValue = "Config", description = "Config, Rules or AddonCatalogue (default: Config).")
    private String kind;

    @Option(names = "--out", paramLabel = "DIR", description = "Write every kind's schema into DIR (created if missing) instead.")
    private Path out;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        try {
            if (out == null) {
                terminal.out().print(text(kind));
                terminal.out().flush();
                return ExitCodes.OK;
            }
            Files.createDirectories(out);
            for (String k : KINDS) {
                Files.writeString(out.resolve(ConfigSchema.fileName(k)), text(k), StandardCharsets.UTF_8);
            }
            terminal.err().println("steward: wrote " + KINDS.size() + " schemas to " + out);
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            return Failures.report(terminal, root.stacktrace(), e, e.getMessage(), ExitCodes.USAGE);
        } catch (IOException e) {
            return Failures.report(terminal, root.stacktrace(), e, "cannot write the schemas: " + e.getMessage(), ExitCodes.SYSTEMIC);
        }
    }

    static String text(String kind) throws IOException {
        return WRITER.writeValueAsString(ConfigSchema.of(kind)).replace("\r\n", "\n") + "\n";
    }
}
