package io.kubesteward.declarations.yaml;

import io.kubesteward.model.Problem;
import java.util.List;

/** The documents of a file that could be read, and a problem for each part that could not. */
public record YamlFile(String path, List<YamlDocument> documents, List<Problem> problems) {
    public YamlFile {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
