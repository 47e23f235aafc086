package org.channelport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every component id a page names in {@code update}, {@code process}, {@code for} and a data exporter's
 * {@code target} is found the way Faces finds it when the page renders, so that a wrong one fails here instead of as
 * "Something went wrong" when a button is first rendered (a button in a repeated row of the deal form named the
 * form's "linesPanel" from inside the row: ComponentNotFoundException as soon as a second line was added).
 *
 * <p>Each page is composed as Facelets composes it (its template chain with the page's {@code ui:define}s, and every
 * {@code ui:include} of a fixed path). A plain id is searched from the closest naming container around the component
 * (the component itself if it is one; a row of {@code ui:repeat} or {@code p:dataTable} is inside one), without
 * entering nested naming containers, and then, as Faces does when that fails, from the view root; an id starting
 * with {@code :} from the root only; {@code a:b} finds {@code a}, then {@code b} inside it. Keywords ({@code @form},
 * {@code @all}, ...) and EL are not checked.
 */
class PageTargetsTest {
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Set<String> NAMING_CONTAINERS = Set.of("h:form", "ui:repeat", "p:dataTable", "p:dataList",
            "p:dataGrid", "p:dataView", "p:tabView", "p:accordionPanel", "p:treeTable", "f:subview");

    /** A component of the composed page: its tag, attributes and children (markup and text are left out). */
    private record Node(String tag, Map<String, String> attributes, List<Node> children, Node parent) {
        String id() {
            return attributes.getOrDefault("id", "");
        }

        boolean namingContainer() {
            return NAMING_CONTAINERS.contains(tag);
        }

        @Override
        public String toString() {
            return tag + (id().isEmpty() ? "" : "#" + id());
        }
    }

    private final Set<String> missing = new TreeSet<>();
    private int resolved;

    @Test
    void everyIdAComponentNamesIsFoundWhereFacesLooksForIt() throws Exception {
        assertThat(WEBAPP).as("pages directory (tests run from the project directory)").isDirectory();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (var page : files.filter(p -> p.toString().endsWith(".xhtml") && !p.toString().contains("WEB-INF"))
                    .sorted().toList()) {
                var file = WEBAPP.relativize(page).toString().replace(File.separatorChar, '/');
                var root = new Node("view", Map.of(), new ArrayList<>(), null);
                compose(file, Map.of(), root);
                check(root, root, file);
            }
        }
        assertThat(resolved).as("ids resolved in the pages").isGreaterThan(100);
        assertThat(missing).as("ids that Faces would not find (%d found)", resolved).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ composition

    /** Adds what this file renders under {@code parent}: through its template if it names one. */
    private void compose(String file, Map<String, List<Element>> defines, Node parent) throws Exception {
        var root = document(file);
        var template = root.getAttribute("template");
        if (root.getTagName().equals("ui:composition") && !template.isEmpty()) {
            var own = new LinkedHashMap<String, List<Element>>();
            for (var define : children(root)) {
                if (define.getTagName().equals("ui:define")) {
                    own.put(define.getAttribute("name"), expandInserts(define, defines));
                }
            }
            if (template.contains("#{")) {
                // a template chosen per request (error pages: the reader's own area): every one it can choose
                var choices = java.util.regex.Pattern.compile("'(\\w+)'").matcher(template);
                int composed = 0;
                while (choices.find()) {
                    var chosen = "WEB-INF/templates/" + choices.group(1) + ".xhtml";
                    if (Files.exists(WEBAPP.resolve(chosen))) {
                        compose(chosen, own, parent);
                        composed++;
                    }
                }
                assertThat(composed).as("templates %s can choose", file).isPositive();
            } else {
                compose(template.substring(1), own, parent);
            }
        } else if (root.getTagName().equals("ui:composition")) {
            for (var child : children(root)) {
                add(child, defines, parent, file);
            }
        } else {
            add(root, defines, parent, file);
        }
    }

    /** A define's content with its own {@code ui:insert}s replaced by the outer page's defines (nested templates). */
    private static List<Element> expandInserts(Element define, Map<String, List<Element>> outer) {
        var result = new ArrayList<Element>();
        for (var child : children(define)) {
            if (child.getTagName().equals("ui:insert")) {
                result.addAll(outer.getOrDefault(child.getAttribute("name"), children(child)));
            } else {
                result.add(child);
            }
        }
        return result;
    }

    private void add(Element element, Map<String, List<Element>> defines, Node parent, String file) throws Exception {
        switch (element.getTagName()) {
            case "ui:insert" -> {
                for (var child : defines.getOrDefault(element.getAttribute("name"), children(element))) {
                    add(child, defines, parent, file);
                }
            }
            case "ui:include" -> {
                var src = element.getAttribute("src");
                if (!src.contains("{")) {
                    compose(src.startsWith("/") ? src.substring(1) : Path.of(file).resolveSibling(src).normalize()
                            .toString().replace(File.separatorChar, '/'), defines, parent);
                }
            }
            case "ui:define", "ui:param", "f:metadata" -> { }
            default -> {
                var attributes = new HashMap<String, String>();
                var list = element.getAttributes();
                for (int i = 0; i < list.getLength(); i++) {
                    attributes.put(list.item(i).getNodeName(), list.item(i).getNodeValue());
                }
                var node = new Node(element.getTagName(), attributes, new ArrayList<>(), parent);
                parent.children().add(node);
                for (var child : children(element)) {
                    add(child, defines, node, file);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ resolution

    private void check(Node node, Node root, String file) {
        if (node.tag().contains(":")) {
            for (var attribute : List.of("update", "process", "for", "target")) {
                var value = node.attributes().get(attribute);
                if (value == null || value.contains("{") || attribute.equals("target") && !node.tag().equals("p:dataExporter")
                        || attribute.equals("for") && node.tag().startsWith("f:")) {
                    continue;
                }
                for (var expression : value.trim().split("[\\s,]+")) {
                    if (expression.isEmpty() || expression.startsWith("@")) {
                        continue;
                    }
                    if (find(node, expression, root) == null) {
                        missing.add(file + ": " + path(node) + " " + attribute + "=\"" + expression + "\"");
                    } else {
                        resolved++;
                    }
                }
            }
        }
        for (var child : node.children()) {
            check(child, root, file);
        }
    }

    /** The component an id names, searched as UIComponent.findComponent does, then from the view root; or null. */
    private static Node find(Node from, String expression, Node root) {
        if (expression.startsWith(":")) {
            return walk(root, expression.substring(1).split(":"));
        }
        var segments = expression.split(":");
        var subject = from.tag().equals("p:ajax") || from.tag().equals("p:dataExporter") ? from.parent() : from;
        var base = subject;
        while (base.parent() != null && !base.namingContainer()) {
            base = base.parent();
        }
        var found = walk(base, segments);
        return found != null ? found : walk(root, segments);
    }

    private static Node walk(Node base, String[] segments) {
        var current = base;
        for (var segment : segments) {
            current = current == null ? null : inScope(current, segment);
        }
        return current;
    }

    /** A descendant with this id, not looking inside nested naming containers (but finding one by its id). */
    private static Node inScope(Node scope, String id) {
        for (var child : scope.children()) {
            if (child.id().equals(id)) {
                return child;
            }
            if (!child.namingContainer()) {
                var found = inScope(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String path(Node node) {
        var parts = new ArrayList<String>();
        for (var n = node; n != null && n.parent() != null; n = n.parent()) {
            if (n.namingContainer() || n == node) {
                parts.add(0, n.toString());
            }
        }
        return String.join(" > ", parts);
    }

    // ------------------------------------------------------------------------------------------------ XML

    private static List<Element> children(Element element) {
        var result = new ArrayList<Element>();
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    /** A page parsed as plain XML: namespace-unaware, no DTD or external entities loaded. */
    private static Element document(String file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(WEBAPP.resolve(file).toFile()).getDocumentElement();
    }
}
