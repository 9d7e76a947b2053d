package io.kubesteward.declarations;

import java.util.List;

/** An extractor whose declarations are complete within one file: linking just collects them. */
public interface SingleFileExtractor extends DeclarationExtractor<List<ExtractedDeclaration>> {

    @Override
    default List<ExtractedDeclaration> link(List<List<ExtractedDeclaration>> files) {
        return files.stream().flatMap(List::stream).toList();
    }
}
