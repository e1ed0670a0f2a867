package de.ikz.ui.internal.render;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A rendered page parsed with the JDK's XML parser (the shell writes polyglot HTML: void elements closed,
 * boolean attributes with values), queried by XPath. A page that is not well-formed fails the parse — which is
 * also what an attribute or tag injected through a page's text would cause.
 */
final class Html {

    final String source;
    final Document doc;

    private Html(String source, Document doc) {
        this.source = source;
        this.doc = doc;
    }

    static Html parse(String html) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return new Html(html, b.parse(new InputSource(new StringReader(html))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + html, e);
        }
    }

    List<Element> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    Element one(String xpath) {
        List<Element> l = all(xpath);
        if (l.size() != 1) {
            throw new AssertionError("expected one match of " + xpath + " but found " + l.size());
        }
        return l.get(0);
    }

    String text(String xpath) {
        return one(xpath).getTextContent().strip().replaceAll("\\s+", " ");
    }

    int count(String xpath) {
        return all(xpath).size();
    }
}
