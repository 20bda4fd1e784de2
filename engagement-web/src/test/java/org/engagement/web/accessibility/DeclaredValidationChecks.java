package org.engagement.web.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the pages' sources say about their forms' validation messages. A form someone types into and sends declares,
 * with the pass-through attribute {@code data-validation-check}, either on the button that saves it the name of a
 * check ("this button, pressed with the form's fields emptied, is refused with messages"), or on the form why no such
 * check applies ({@value #FILTER}: it only narrows a list and saves nothing; {@value #ACCEPTS_EMPTY}: every field of
 * it may be empty; or {@value #CHECKED_BY} and the browser test that sends it refused, where the walk cannot reach it).
 * {@link EveryPageBrowserIT} presses every named button on the running pages and checks the
 * messages with axe; {@link FormValidationChecksTest} fails on a form that declares neither.
 */
final class DeclaredValidationChecks {

    static final String ATTRIBUTE = "data-validation-check";
    static final String FILTER = "filter";
    static final String ACCEPTS_EMPTY = "accepts-empty";
    /** On a form the walk cannot reach (a second sign-in step): "checked-by:SomeBrowserIT", a test that refuses it. */
    static final String CHECKED_BY = "checked-by:";

    private static final String PASSTHROUGH = "jakarta.faces.passthrough";
    private static final Set<String> INPUTS = Set.of(
            "inputText",
            "inputTextarea",
            "inputNumber",
            "inputMask",
            "datePicker",
            "calendar",
            "password",
            "autoComplete",
            "chips",
            "spinner",
            "selectOneMenu",
            "selectOneRadio",
            "selectManyCheckbox",
            "selectManyMenu",
            "selectBooleanCheckbox",
            "fileUpload");
    private static final Set<String> SENDERS = Set.of("commandButton", "commandLink");

    private final Map<String, String> checks = new TreeMap<>();
    private final Map<String, String> checkedElsewhere = new TreeMap<>();
    private final List<String> undeclared = new ArrayList<>();

    private DeclaredValidationChecks() {}

    /** The core's pages, and the modules' when {@code withModules}. */
    static DeclaredValidationChecks inSources(boolean withModules) {
        DeclaredValidationChecks found = new DeclaredValidationChecks();
        Path web = webModule();
        found.read(web.resolve("src/main/webapp"));
        if (withModules) {
            try (Stream<Path> modules = Files.list(web.resolve("../plugins"))) {
                modules.map(module -> module.resolve("src/main/resources/META-INF/resources"))
                        .filter(Files::isDirectory)
                        .forEach(found::read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** Each named check with the page that declares it. */
    Map<String, String> checks() {
        return checks;
    }

    /** Each form, as its id, that a named browser test checks instead of the walk, with that test's name. */
    Map<String, String> checkedElsewhere() {
        return checkedElsewhere;
    }

    /** The forms, as "page: form id", that take input and declare nothing. */
    List<String> undeclaredForms() {
        return undeclared;
    }

    private static Path webModule() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("src/main/webapp")) ? here : here.resolve("engagement-web");
    }

    private void read(Path root) {
        try (Stream<Path> pages = Files.walk(root)) {
            pages.filter(page -> page.toString().endsWith(".xhtml"))
                    .forEach(page -> readPage(root.relativize(page).toString(), page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readPage(String name, Path page) {
        Element document = parse(page);
        NodeList forms = document.getElementsByTagNameNS("*", "form");
        for (int i = 0; i < forms.getLength(); i++) {
            Element form = (Element) forms.item(i);
            List<Element> senders = descendants(form, SENDERS).stream()
                    .filter(sender -> sender.hasAttribute("action") || sender.hasAttribute("actionListener"))
                    .toList();
            for (Element sender : senders) {
                String check = sender.getAttributeNS(PASSTHROUGH, ATTRIBUTE);
                if (!check.isEmpty()) {
                    String other = checks.put(check, name);
                    if (other != null) {
                        undeclared.add(name + ": the check \"" + check + "\" is also declared by " + other);
                    }
                }
            }
            String onForm = form.getAttributeNS(PASSTHROUGH, ATTRIBUTE);
            if (onForm.startsWith(CHECKED_BY)) {
                checkedElsewhere.put(form.getAttribute("id"), onForm.substring(CHECKED_BY.length()));
            }
            boolean declared = !onForm.isEmpty()
                    || senders.stream().anyMatch(sender -> sender.hasAttributeNS(PASSTHROUGH, ATTRIBUTE));
            if (!declared && !senders.isEmpty() && !descendants(form, INPUTS).isEmpty()) {
                undeclared.add(name + ": form " + form.getAttribute("id"));
            }
        }
    }

    private static List<Element> descendants(Element parent, Set<String> localNames) {
        List<Element> found = new ArrayList<>();
        NodeList all = parent.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Node node = all.item(i);
            if (localNames.contains(node.getLocalName())) {
                found.add((Element) node);
            }
        }
        return found;
    }

    private static Element parse(Path page) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(page.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + page + ": " + e.getMessage(), e);
        }
    }
}
