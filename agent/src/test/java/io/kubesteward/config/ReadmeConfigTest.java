package io.kubesteward.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.versioning.VersionSchemes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration example is a file Steward loads, cluster section and add-ons included. */
class ReadmeConfigTest {
    @Test
    void the_readme_configuration_example_loads() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Configuration");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```\n", start));

        ConfigDocument doc = new ConfigLoader(VersionSchemes.helm()).parse("README.md", yaml, Path.of("/etc/steward"));

        assertEquals("prod-eu", doc.cluster().context());
        assertEquals("our-operator", doc.addons().get(0).name());
        assertTrue(doc.packageRules().size() >= 1);
    }
}
