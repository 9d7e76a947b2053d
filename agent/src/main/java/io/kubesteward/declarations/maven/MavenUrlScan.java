package io.kubesteward.declarations.maven;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Jar URLs under a {@code /maven2/} repository root in any string value, whole or inside a
 * command or script ({@code curl -O https://repo1.maven.org/maven2/…/x-1.2.jar}).
 */
final class MavenUrlScan {
    static final String MARKER = "/maven2/";
    private static final Pattern JAR_URL = Pattern.compile("https?://[^\\s\"'<>()]+/maven2/[^\\s\"'<>()]+?\\.jar(?![A-Za-z0-9])");

    private final String file;
    private final String content;
    private final YamlDocument document;
    private final List<ExtractedDeclaration> found = new ArrayList<>();
    private final Set<Node> walked = Collections.newSetFromMap(new IdentityHashMap<>());

    private MavenUrlScan(String file, String content, YamlDocument document) {
        this.file = file;
        this.content = content;
        this.document = document;
    }

    static List<ExtractedDeclaration> scan(String file, String content, YamlDocument document) {
        MavenUrlScan scan = new MavenUrlScan(file, content, document);
        scan.walk(document.root());
        return scan.found;
    }

    private void walk(Node node) {
        if (!walked.add(node)) {
            return;
        }
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(this::walk);
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                walk(entry.getValueNode());
            }
        } else if (node instanceof ScalarNode scalar && scalar.getValue().contains(MARKER)) {
            read(scalar);
        }
    }

    private void read(ScalarNode node) {
        YamlScalar scalar = document.scalar(node);
        Matcher matcher = JAR_URL.matcher(scalar.value());
        int searchFrom = document.offsetOf(node);
        while (matcher.find()) {
            MavenUrl url = MavenUrls.parse(matcher.group());
            if (url == null) {
                continue;
            }
            int start = -1;
            if (scalar.span() != null) {
                start = scalar.span().start() + matcher.start();
            } else if (isBlock(node)) {
                // a block scalar holds its lines verbatim, and a URL never spans lines
                start = content.indexOf(matcher.group(), searchFrom);
                searchFrom = start < 0 ? searchFrom : start + matcher.group().length();
            }
            if (start >= 0) {
                found.addAll(MavenDeclarations.of(file, content, url, start, null));
            }
        }
    }

    private static boolean isBlock(ScalarNode node) {
        return node.getScalarStyle() == ScalarStyle.LITERAL || node.getScalarStyle() == ScalarStyle.FOLDED;
    }
}
