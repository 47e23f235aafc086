package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reading SOAP replies in the black-box tests: safe parsing, element texts, and rule P2 on every reply. */
final class SoapXml {
    private SoapXml() {}

    /** Parses a response safely (no DTDs): it must be well-formed XML. */
    static Document parse(Http.Reply reply) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + describe(reply), e);
        }
    }

    /** The texts of the child elements {@code field} of every element {@code parent}. */
    static List<String> texts(Document document, String parent, String field) {
        var result = new ArrayList<String>();
        var parents = document.getElementsByTagNameNS("*", parent);
        for (int i = 0; i < parents.getLength(); i++) {
            var children = parents.item(i).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j) instanceof Element child && field.equals(child.getLocalName())) {
                    result.add(child.getTextContent());
                }
            }
        }
        return result;
    }

    /** P2 on every reply: no stack trace or server detail. */
    /** The service's WSDL is public (no token), in the namespace, and publishes at least these operations. */
    static void assertPublishes(String path, String namespace, String... operations) {
        var reply = Http.get(path + "?wsdl", null);
        assertThat(reply.status()).as(describe(reply)).isEqualTo(200);
        var wsdl = parse(reply);
        assertThat(wsdl.getDocumentElement().getAttribute("targetNamespace")).isEqualTo(namespace);
        assertThat(operations(wsdl)).as(reply.body()).contains(operations);
    }

    /** The operations a WSDL publishes, by name. */
    static List<String> operations(Document wsdl) {
        var operations = new java.util.ArrayList<String>();
        var nodes = wsdl.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/", "operation");
        for (int i = 0; i < nodes.getLength(); i++) {
            operations.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("name"));
        }
        return operations;
    }

    static void assertNoInternals(Http.Reply reply) {
        var body = reply.body() == null ? "" : reply.body().toLowerCase(Locale.ROOT);
        for (var word : List.of("exception", "at org.", "at java.", "eclipse", "payara")) {
            assertThat(body).as("P2: the body must not contain '%s': %s", word, describe(reply)).doesNotContain(word);
        }
    }

    static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";

    /** A SOAP 1.1 envelope calling {@code operation} of the service in {@code namespace} with this content. */
    static String envelope(String namespace, String operation, String content) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_ENV + "\" xmlns:o=\"" + namespace + "\">"
                + "<soapenv:Body><o:" + operation + ">" + content + "</o:" + operation + "></soapenv:Body>"
                + "</soapenv:Envelope>";
    }

    /** A SOAP fault of this kind (Client/Server, HTTP 500) without internals; returns its faultstring. */
    static String assertFault(Http.Reply reply, String kind) {
        assertNoInternals(reply);
        assertThat(reply.status()).as(describe(reply)).isEqualTo(500);
        var doc = parse(reply);
        var code = doc.getElementsByTagName("faultcode");
        assertThat(code.getLength()).as(describe(reply)).isEqualTo(1);
        assertThat(code.item(0).getTextContent()).as(describe(reply)).endsWith(kind);
        return doc.getElementsByTagName("faultstring").item(0).getTextContent();
    }

    /** Posts a SOAP 1.1 envelope to {@code path}, with a bearer token when given. */
    static Http.Reply call(String path, String xml, String token) {
        var request = Http.request(path).header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(xml));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request);
    }

    /** A successful SOAP response whose body holds the operation's response element (in {@code namespace}). */
    static Document assertSuccess(Http.Reply reply, String namespace, String responseElement) {
        assertNoInternals(reply);
        assertThat(reply.status()).as(describe(reply)).isEqualTo(200);
        var document = parse(reply);
        assertThat(document.getElementsByTagNameNS(SOAP_ENV, "Fault").getLength()).as(describe(reply)).isZero();
        assertThat(document.getElementsByTagNameNS(namespace, responseElement).getLength()).as(describe(reply))
                .isEqualTo(1);
        return document;
    }

    static String describe(Http.Reply reply) {
        return "HTTP " + reply.status() + " " + reply.header("Content-Type") + " body: " + reply.body();
    }
}
