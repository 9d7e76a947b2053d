package io.kubesteward.sources.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads {@code maven-metadata.xml}; DOCTYPEs and external entities are refused. */
final class MavenMetadataParser {
    private static final DateTimeFormatter LAST_UPDATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private MavenMetadataParser() {
    }

    /** @param where the file as people should see it in messages */
    static MavenMetadata parse(Path file, String where) throws ArtifactUnavailable {
        Element root;
        try (InputStream in = Files.newInputStream(file)) {
            root = builder().parse(in).getDocumentElement();
        } catch (SAXException e) {
            throw notMetadata(where, "not well-formed XML (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ArtifactUnavailable("cannot read " + where + ": " + e.getMessage());
        }
        if (!"metadata".equals(localName(root))) {
            throw notMetadata(where, "the root element is <" + localName(root) + ">, not <metadata>");
        }
        Element versioning = child(root, "versioning");
        Element versions = versioning == null ? null : child(versioning, "versions");
        Set<String> listed = new LinkedHashSet<>();
        if (versions != null) {
            for (Node n = versions.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "version".equals(localName(e)) && !e.getTextContent().isBlank()) {
                    listed.add(e.getTextContent().trim());
                }
            }
        }
        if (listed.isEmpty()) {
            throw new ArtifactUnavailable(where + " lists no versions — check the groupId:artifactId;"
                    + " a repository manager may need to rebuild the metadata");
        }
        return new MavenMetadata(new ArrayList<>(listed), text(versioning, "latest"), text(versioning, "release"),
                lastUpdated(text(versioning, "lastUpdated")));
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
        }
    }

    private static ArtifactUnavailable notMetadata(String where, String why) {
        return new ArtifactUnavailable(where + " is not Maven metadata: " + why
                + " — check the repository URL (a login page or a proxy error page looks like this)");
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(localName(e))) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = parent == null ? null : child(parent, name);
        return e == null || e.getTextContent().isBlank() ? null : e.getTextContent().trim();
    }

    private static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    /** {@code yyyyMMddHHmmss} in UTC, as Maven writes it; null when absent or otherwise written. */
    private static Instant lastUpdated(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, LAST_UPDATED).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
