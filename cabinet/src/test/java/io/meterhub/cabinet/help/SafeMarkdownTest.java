package io.meterhub.cabinet.help;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile Markdown stays text: no element but those Markdown itself makes, no event handler, no script address, and
 * no input (100k nested emphasis, deep quotes, random bytes) that hangs or crashes the renderer.
 */
class SafeMarkdownTest {
    private static final String HOSTILE = "<script>[](javascript:x)<img onerror=y>![](";
    private final SafeMarkdown markdown = new SafeMarkdown();

    @Test
    void a_script_tag_is_escaped_into_text() {
        String html = markdown.html("Привет <script>alert('x')</script> мир");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(");
    }

    @Test
    void an_image_tag_with_an_error_handler_is_escaped_and_no_attribute_survives() {
        String html = markdown.html("<img src=x onerror=alert(1)>\n\nтекст <b onmouseover=alert(2)>жирный</b>");
        assertThat(html).doesNotContain("<img").doesNotContain("<b ").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertNoActiveContent(html);
    }

    @Test
    void a_raw_html_block_is_escaped_whole() {
        String html = markdown.html("<div style=\"position:fixed\">\n<iframe src=\"https://evil.example\"></iframe>\n</div>\n\n<!-- comment -->");
        assertThat(html).doesNotContain("<div").doesNotContain("<iframe").doesNotContain("<!--").contains("&lt;iframe");
    }

    @Test
    void javascript_data_and_vbscript_links_lose_their_address() {
        String html = markdown.html("[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=) "
                + "![p](data:image/png;base64,AAAA) [d](vbscript:msgbox) [e]( java\tscript:alert(1)) ![i](data:image/svg+xml,<svg onload=alert(1)>) <javascript:alert(1)>");
        assertThat(html).contains("<a rel=\"nofollow noopener noreferrer\" href=\"\">a</a>").contains("href=\"\">b</a>").contains("href=\"\">c</a>")
                .contains("href=\"\">d</a>").doesNotContain("src=\"data");
        assertNoActiveContent(html);
    }

    @Test
    void safe_links_keep_their_address_and_open_without_the_opener() {
        String html = markdown.html("[Сайт](https://grid.example/ru) и [почта](mailto:help@grid.example) и [раздел](help/readings)");
        assertThat(html).contains("<a rel=\"nofollow noopener noreferrer\" href=\"https://grid.example/ru\" target=\"_blank\">Сайт</a>")
                .contains("href=\"mailto:help@grid.example\"").contains("href=\"help/readings\"");
    }

    @Test
    void markdown_itself_renders_headings_lists_emphasis_and_tables() {
        String html = markdown.html("## Шаги\n\n1. **Заявитель**\n2. *Объект*\n\n| Зона | Часы |\n|---|---|\n| T1 | 07–10 |\n");
        assertThat(html).contains("<h2>Шаги</h2>").contains("<ol>").contains("<strong>Заявитель</strong>").contains("<em>Объект</em>")
                .contains("<table>").contains("<td>T1</td>");
    }

    @Test
    void quotes_in_attributes_cannot_break_out() {
        String html = markdown.html("[x](<https://a.example/\"onmouseover=\"alert(1)>) ![y](https://a.example/i.png \"t\\\" onerror=\\\"alert(1)\")");
        assertNoActiveContent(html);
        assertThat(html).contains("href=\"https://a.example/&quot;onmouseover=&quot;alert(1)\"").contains("title=\"t&quot; onerror=&quot;alert(1)\"");
    }

    @Test
    void a_hundred_thousand_nested_emphasis_marks_render_quickly_as_text() {
        String hostile = "*".repeat(50_000) + "x" + "_".repeat(50_000);
        String html = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> markdown.html(hostile));
        assertThat(html).contains("x");
        assertNoActiveContent(html);
        String nested = "*a ".repeat(33_000) + "b" + " c*".repeat(33_000);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> markdown.html(nested))).contains("b");
    }

    @Test
    void thousands_of_nested_quotes_and_lists_neither_crash_nor_hang() {
        String quotes = ">".repeat(50_000) + " <script>x</script>";
        String lists = "- ".repeat(20_000) + "deep";
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> markdown.html(quotes))).doesNotContain("<script");
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> markdown.html(lists))).contains("deep");
    }

    @Test
    void any_bytes_render_and_never_carry_a_tag() {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                text.append(random.nextInt(10) == 0 ? HOSTILE.charAt(random.nextInt(HOSTILE.length())) : (char) random.nextInt(0x500));
            }
            assertNoActiveContent(markdown.html(text.toString()));
        }
    }

    @Test
    void a_text_longer_than_the_limit_is_cut_and_blank_is_empty() {
        assertThat(markdown.html("a".repeat(SafeMarkdown.MAX_CHARS + 10))).hasSizeLessThan(SafeMarkdown.MAX_CHARS + 20);
        assertThat(markdown.html(null)).isEmpty();
        assertThat(markdown.html("  \n ")).isEmpty();
    }

    /** No element outside Markdown's own, no on* attribute inside a tag, no script address in an attribute. */
    private static void assertNoActiveContent(String html) {
        // quoted attribute values emptied: an event handler that broke out of its quotes is left standing
        String tags = html.replaceAll("\"[^\"]*\"", "\"\"");
        assertThat(tags).doesNotContainPattern("(?i)<(script|iframe|object|embed|svg|style|div|span|b |i |form|input|link|meta|base)");
        assertThat(tags).doesNotContainPattern("(?i)<[^>]*\\son\\w+\\s*=");
        assertThat(html).doesNotContainPattern("(?i)(href|src)=\"\\s*(javascript|data|vbscript):");
    }
}
