package org.channelport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Named;
import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Text;

/**
 * Every property path in the pages' EL names a getter (or, last, a method) of the Java type behind it, so that a
 * getter removed from a page bean or a table row fails here instead of as a 500 in the browser: the compiler does not
 * read EL.
 *
 * <p>A path is checked when its root is a {@code @Named} bean, the {@code var} of a table or repeat whose
 * {@code value} (or {@code items}) is a {@code List<T>}, an array or a {@code LazyDataModel<T>} (T found through the
 * generic superclasses), or a {@code ui:param} of a {@code ui:include}: an include is checked again with each
 * includer's params and variables. Every segment but the last must be a getter as EL 5 reads it ({@code getX()}, or
 * {@code isX()} returning {@code boolean}; EL 5 does not read record components); the last may also be any public
 * method (method expressions, calls such as {@code remove(row.id)}).
 *
 * <p>Not checked, so never reported: implicit objects ({@code request}, {@code param}), {@code msg} keys (see
 * {@link MessageBundlesTest}) and other unknown roots; what follows brackets or a call; properties of maps, resource
 * bundles, collections, arrays, {@code Object} and unresolved type variables; properties an interface or abstract
 * class lacks (the runtime class may have them); a {@code var} whose value is not a plain path; argument counts and
 * types; EL in XML comments and in elements an include's {@code #{false}} param never renders; templates are checked
 * alone, without their clients' params.
 *
 * <p>With the same types, rule P5 for exports: a table column's {@code exportValue} whose first expression gives text
 * (a {@code String} property) passes it through {@code spreadsheetCells.text(...)}, so that a name or e-mail
 * address starting with {@code =} reaches no spreadsheet as a formula. Method results (such as
 * {@code leadChoices.percent(...)}) are not typed, so not checked.
 */
class PageExpressionsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern EXPRESSION = Pattern.compile("[#$]\\{((?:'[^']*'|\"[^\"]*\"|[^}'\"])*)}");
    private static final Pattern STRING = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern PATH = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*)\\s*([(\\[])?");
    private static final Pattern PLAIN_PATH = Pattern.compile("[#$]\\{\\s*([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*)\\s*}");
    /** A call of the export helper (rule P5), with arguments that may hold one level of parentheses. */
    private static final Pattern SPREADSHEET_TEXT = Pattern.compile("spreadsheetCells\\.text\\((?:[^()]|\\([^()]*\\))*\\)");
    private static final List<Class<?>> UNCHECKED = List.of(Map.class, ResourceBundle.class, Collection.class);
    /** The type of {@code #{false}}: an element rendered by a param an includer sets to it is never evaluated. */
    private static final Type NEVER = new Type() {};

    private final Map<String, Class<?>> beans = new HashMap<>();
    private final Deque<String> including = new ArrayDeque<>();
    private final Set<String> checked = new TreeSet<>();
    private final Set<String> broken = new TreeSet<>();
    private final Set<String> rawExports = new TreeSet<>();
    private int variablePaths;
    private int exportedPaths;

    @Test
    void everyPathResolvesAgainstItsBeanOrRowType() throws Exception {
        walkEveryPage();
        assertThat(checked).as("EL paths checked in %s/**/*.xhtml", WEBAPP).isNotEmpty();
        assertThat(variablePaths).as("paths checked against a table's row type or an include's param").isPositive();
        assertThat(broken).as("EL paths that name no getter or method of their Java type (%d paths checked)",
                checked.size()).isEmpty();
    }

    @Test
    void everyExportedTextCellGoesThroughSpreadsheetCells() throws Exception {
        walkEveryPage();
        assertThat(exportedPaths).as("typed paths checked in the exportValue of table columns").isPositive();
        assertThat(rawExports).as("P5: exported text cells that do not go through spreadsheetCells.text(...)").isEmpty();
    }

    /**
     * A property named like an EL keyword ({@code bean.empty}, {@code bean.not}) does not parse: the page fails with a
     * 500 when rendered. Name the getter otherwise.
     */
    @Test
    void noPropertyIsNamedLikeAnElKeyword() throws Exception {
        var expression = java.util.regex.Pattern.compile("#\\{[^}]*}");
        var keyword = java.util.regex.Pattern.compile(
                "\\b[A-Za-z_]\\w*\\.(empty|not|and|or|div|mod|eq|ne|lt|gt|le|ge|true|false|null|instanceof)\\b");
        var found = new java.util.ArrayList<String>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (var file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                var matcher = expression.matcher(Files.readString(file));
                while (matcher.find()) {
                    var code = matcher.group().replaceAll("'[^']*'|\"[^\"]*\"", "''"); // not inside text literals
                    if (keyword.matcher(code).find()) {
                        found.add(WEBAPP.relativize(file) + ": " + matcher.group());
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(found).isEmpty();
    }

    private void walkEveryPage() throws Exception {
        assertThat(WEBAPP).as("pages directory (tests run from the project directory)").isDirectory();
        findBeans();
        assertThat(beans).as("@Named beans found under %s", SOURCES).isNotEmpty();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (var page : files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                var file = WEBAPP.relativize(page).toString().replace(File.separatorChar, '/');
                walk(document(file).getDocumentElement(), Map.of(), file);
            }
        }
    }

    /** Every class under src/main/java annotated {@code @Named}, loaded without initializing it. */
    private void findBeans() throws Exception {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (var source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (!Files.readString(source).contains("@Named")) {
                    continue;
                }
                var name = SOURCES.relativize(source).toString().replace(File.separatorChar, '.').replace(".java", "");
                var type = Class.forName(name, false, getClass().getClassLoader());
                var named = type.getAnnotation(Named.class);
                if (named != null) {
                    var simple = type.getSimpleName();
                    beans.put(named.value().isEmpty()
                            ? Character.toLowerCase(simple.charAt(0)) + simple.substring(1) : named.value(), type);
                }
            }
        }
    }

    /** Checks an element's attributes and text with the variables in scope, then its children and what it includes. */
    private void walk(Element element, Map<String, Type> scope, String file) throws Exception {
        if (type(element.getAttribute("rendered"), scope) == NEVER) {
            return;
        }
        var inner = scope;
        var var = element.getAttribute("var");
        var value = element.hasAttribute("items") ? "items" : "value";
        if (!var.isEmpty()) {
            inner = new HashMap<>(scope);
            inner.put(var, elementType(type(element.getAttribute(value), scope)));
        }
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            var attribute = attributes.item(i);
            check(attribute.getNodeValue(), attribute.getNodeName().equals(value) ? scope : inner, file);
        }
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walk(childElement, inner, file);
            } else if (child instanceof Text text) {
                check(text.getData(), inner, file);
            }
        }
        if (element.getTagName().equals("ui:include")) {
            include(element, inner, file);
        }
        if (element.getTagName().equals("p:column") && element.hasAttribute("exportValue")) {
            checkExport(element.getAttribute("exportValue"), inner, file);
        }
    }

    /**
     * Rule P5: what a cell starts with is its first expression; each typed path of it outside
     * {@code spreadsheetCells.text(...)} must not be text. (Text is also what a wrapped path gives, so wrapping codes
     * such as a country costs nothing.)
     */
    private void checkExport(String value, Map<String, Type> scope, String file) {
        var first = EXPRESSION.matcher(value);
        if (!value.strip().startsWith("#{") || !first.find()) {
            return;
        }
        var unwrapped = SPREADSHEET_TEXT.matcher(STRING.matcher(first.group(1)).replaceAll("''")).replaceAll("''");
        var paths = PATH.matcher(unwrapped);
        while (paths.find()) {
            if (paths.group(2) != null) {
                continue; // a call or an index: its type is not followed
            }
            var type = type("#{" + paths.group(1) + "}", scope);
            if (type == null) {
                continue;
            }
            exportedPaths++;
            if (CharSequence.class.isAssignableFrom(Objects.requireNonNullElse(raw(type), Object.class))) {
                rawExports.add(file + ": exportValue=\"" + value + "\" (" + paths.group(1) + " is text)");
            }
        }
    }

    /** Walks the included page with the includer's variables and params (a null type hides a bean of that name). */
    private void include(Element include, Map<String, Type> scope, String file) throws Exception {
        var src = include.getAttribute("src");
        var target = src.startsWith("/") ? src.substring(1) : Path.of(file).resolveSibling(src).normalize().toString();
        if (src.contains("{") || including.contains(target)) {
            return;
        }
        var params = new HashMap<>(scope);
        for (var child = include.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element param && param.getTagName().equals("ui:param")) {
                params.put(param.getAttribute("name"), type(param.getAttribute("value"), scope));
            }
        }
        including.push(target);
        walk(document(target).getDocumentElement(), params, target);
        including.pop();
    }

    /** Checks every path in the EL of an attribute value or text whose root is a known bean or variable. */
    private void check(String text, Map<String, Type> scope, String file) {
        var expressions = EXPRESSION.matcher(text);
        while (expressions.find()) {
            var paths = PATH.matcher(STRING.matcher(expressions.group(1)).replaceAll("''"));
            while (paths.find()) {
                var segments = paths.group(1).split("\\.");
                var root = scope.containsKey(segments[0]) ? scope.get(segments[0]) : beans.get(segments[0]);
                if (segments.length < 2 || root == null) {
                    continue;
                }
                checked.add(file + ": " + paths.group(1));
                variablePaths += scope.containsKey(segments[0]) ? 1 : 0;
                var problem = problem(root, segments, paths.group(2));
                if (problem != null) {
                    broken.add(file + ": " + paths.group(1) + " in " + expressions.group() + " (" + problem + ")");
                }
            }
        }
    }

    /** Why the path does not resolve, or null if it does or cannot be followed ({@code next} is "(", "[" or null). */
    private static String problem(Type root, String[] segments, String next) {
        var type = root;
        for (int i = 1; i < segments.length; i++) {
            var raw = raw(type);
            if (raw == null || raw == Object.class || raw.isArray()
                    || UNCHECKED.stream().anyMatch(u -> u.isAssignableFrom(raw))) {
                return null;
            }
            var name = segments[i];
            var last = i == segments.length - 1;
            var method = Arrays.stream(raw.getMethods()).anyMatch(m -> m.getName().equals(name));
            if (last && "(".equals(next)) {
                return method ? null : name(raw) + " has no method " + name + "()";
            }
            var getter = getter(raw, name);
            if (getter.isEmpty()) {
                if (last && next == null && method || raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
                    return null; // a method expression, or a getter the runtime class may add
                }
                return name(raw) + " has no getter for " + name
                        + (method ? "; " + name + "() is a method, which EL 5 reads only when called" : "");
            }
            type = returnType(getter.get(), type);
        }
        return null;
    }

    /**
     * The getter EL 5 (java.beans) reads for a property: {@code getX()}, or {@code isX()} returning boolean. Declared
     * methods too: for a public method of a package-private superclass (DealPageView.getHistory), getMethods() has only
     * the bridge javac adds to the public subclass, with an erased return type.
     */
    private static Optional<Method> getter(Class<?> type, String property) {
        var capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        var declared = Stream.<Class<?>>iterate(type, Objects::nonNull, Class::getSuperclass)
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()));
        return Stream.concat(Arrays.stream(type.getMethods()), declared)
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() == 0 && !m.isBridge())
                .filter(m -> m.getName().equals("get" + capitalized) && m.getReturnType() != void.class
                        || m.getName().equals("is" + capitalized) && m.getReturnType() == boolean.class)
                .findFirst();
    }

    /** The type of a value that is one plain path, such as {@code #{partnerDealsView.deals}}; null if unknown. */
    private Type type(String value, Map<String, Type> scope) {
        var matcher = PLAIN_PATH.matcher(value.strip());
        if (!matcher.matches()) {
            return null;
        }
        if (matcher.group(1).equals("false")) {
            return NEVER;
        }
        var segments = matcher.group(1).split("\\.");
        Type type = scope.containsKey(segments[0]) ? scope.get(segments[0]) : beans.get(segments[0]);
        for (int i = 1; i < segments.length && type != null; i++) {
            var raw = raw(type);
            var getter = raw == null ? Optional.<Method>empty() : getter(raw, segments[i]);
            type = getter.isPresent() ? returnType(getter.get(), type) : null;
        }
        return type;
    }

    /** The row type of a List, array, DataModel or LazyDataModel (all Iterable); null if unknown. */
    private static Type elementType(Type collection) {
        var raw = raw(collection);
        if (raw != null && raw.isArray()) {
            return raw.getComponentType();
        }
        return concrete(argument(collection, Iterable.class, 0));
    }

    /** A getter's return type, with its class's type variables replaced as {@code owner} binds them. */
    private static Type returnType(Method getter, Type owner) {
        var type = getter.getGenericReturnType();
        if (type instanceof TypeVariable<?> variable
                && variable.getGenericDeclaration() instanceof Class<?> declaring) {
            type = argument(owner, declaring, Arrays.asList(declaring.getTypeParameters()).indexOf(variable));
        }
        return concrete(type);
    }

    /**
     * The type argument {@code index} of {@code target} as {@code type} binds it, following the generic superclasses
     * and interfaces (PagedTable&lt;DealSummary, DealFilter&gt; → LazyDataModel&lt;R&gt;): a type, a type
     * variable of {@code type}'s class, or null.
     */
    private static Type argument(Type type, Class<?> target, int index) {
        var raw = raw(type);
        if (raw == null || index < 0 || !target.isAssignableFrom(raw)) {
            return null;
        }
        Type found = raw == target ? target.getTypeParameters()[index]
                : Stream.concat(Stream.ofNullable(raw.getGenericSuperclass()), Stream.of(raw.getGenericInterfaces()))
                        .map(supertype -> argument(supertype, target, index)).filter(Objects::nonNull)
                        .findFirst().orElse(null);
        if (found instanceof TypeVariable<?> variable && variable.getGenericDeclaration() == raw) {
            var position = Arrays.asList(raw.getTypeParameters()).indexOf(variable);
            return type instanceof ParameterizedType parameterized
                    ? parameterized.getActualTypeArguments()[position] : null;
        }
        return found;
    }

    /** The type itself, the bound of {@code ? extends T}, or null for what cannot be resolved. */
    private static Type concrete(Type type) {
        if (type instanceof WildcardType wildcard) {
            return wildcard.getUpperBounds()[0];
        }
        return type instanceof TypeVariable<?> ? null : type;
    }

    /** DealRows.Detail rather than Detail. */
    private static String name(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : type instanceof Class<?> c ? c : null;
    }

    /** A page parsed as plain XML: namespace-unaware, no DTD or external entities loaded. */
    private static Document document(String file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(WEBAPP.resolve(file).toFile());
    }
}
