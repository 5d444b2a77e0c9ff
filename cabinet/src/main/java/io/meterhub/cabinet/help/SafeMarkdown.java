package io.meterhub.cabinet.help;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;
import java.util.Map;

/**
 * Markdown as the cabinet shows it (help articles, public pages, the editors' preview): raw HTML is escaped into text,
 * links and images keep only http, https and mailto addresses (javascript:, data: and the rest become empty), links
 * open without handing the cabinet's window to the target. The output is safe to put into a page as it is.
 * Parser and renderer are immutable, so one instance serves every thread.
 */
public final class SafeMarkdown {
    /** What is rendered of a longer text; the editors refuse longer ones before they are stored. */
    public static final int MAX_CHARS = 100_000;

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
            .escapeHtml(true).sanitizeUrls(true).attributeProviderFactory(context -> new LinkAttributes()).build();

    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String text = markdown.length() > MAX_CHARS ? markdown.substring(0, MAX_CHARS) : markdown;
        try {
            return renderer.render(parser.parse(text));
        } catch (StackOverflowError tooDeep) {
            // thousands of nested quotes or lists go deeper than the renderer's recursion: shown as the plain text they are
            return "<p>" + escape(text) + "</p>\n";
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link neither tells the target where the reader came from nor lets it script the cabinet's window. */
    private static final class LinkAttributes implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Link) {
                attributes.put("rel", "nofollow noopener noreferrer");
                String href = attributes.getOrDefault("href", "");
                if (href.startsWith("http://") || href.startsWith("https://")) {
                    attributes.put("target", "_blank");
                }
            }
        }
    }
}
