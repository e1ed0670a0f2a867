package de.ikz.document.internal;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A small builder over a JDK W3C DOM for XHTML: elements and text nodes only, so every text is
 * escaped by the DOM and no markup can come from data.
 */
final class Xhtml {

    static final String NS = "http://www.w3.org/1999/xhtml";

    final Document doc;
    final Element html;
    final Element head;
    final Element body;

    Xhtml(String language, String title) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            doc = f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        html = doc.createElementNS(NS, "html");
        html.setAttribute("lang", language == null || language.isBlank() ? "de" : language);
        doc.appendChild(html);
        head = el(html, "head");
        text(el(head, "title"), title == null ? "" : title);
        body = el(html, "body");
    }

    /** A new child element. */
    Element el(Element parent, String tag) {
        Element e = doc.createElementNS(NS, tag);
        parent.appendChild(e);
        return e;
    }

    /** A new child element with a class. */
    Element el(Element parent, String tag, String cls) {
        Element e = el(parent, tag);
        e.setAttribute("class", cls);
        return e;
    }

    /** A new child element with a class holding a text. */
    Element el(Element parent, String tag, String cls, String text) {
        Element e = cls == null ? el(parent, tag) : el(parent, tag, cls);
        text(e, text);
        return e;
    }

    /** Appends plain text; each line break becomes a {@code <br/>}. */
    Element text(Element e, String text) {
        if (text == null) {
            return e;
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                el(e, "br");
            }
            if (!lines[i].isEmpty()) {
                e.appendChild(doc.createTextNode(clean(lines[i])));
            }
        }
        return e;
    }

    void meta(String name, String content) {
        if (content != null && !content.isBlank()) {
            Element m = el(head, "meta");
            m.setAttribute("name", name);
            m.setAttribute("content", clean(content));
        }
    }

    void style(String css) {
        el(head, "style").appendChild(doc.createTextNode(css));
    }

    /** Control characters (other than line breaks, handled above) have no glyph: a tab becomes a space, the rest goes. */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u200b' || c == '\ufeff';
            if (bad && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                if (c == '\t') {
                    sb.append(' ');
                } else if (!bad) {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
