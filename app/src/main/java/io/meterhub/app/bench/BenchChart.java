package io.meterhub.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The ingest figures as a picture: throughput bars, and latency bars where there is latency. */
final class BenchChart {
    private static final String[] COLORS = {"#2f6db5", "#7a7a7a", "#c0504d"};

    private BenchChart() {
    }

    static void write(Path file, String title, List<PhaseResult> results) throws IOException {
        write(file, title, results, "readings stored per second", "publish to visible, ms (p50, p95, p99)");
    }

    static void write(Path file, String title, List<PhaseResult> results, String rateLabel, String latencyLabel) throws IOException {
        int width = 760;
        int row = 34;
        int top = 60;
        int labelWidth = 110;
        int barWidth = width - labelWidth - 170;
        double maxRate = results.stream().mapToDouble(PhaseResult::readingsPerSecond).max().orElse(1);
        List<PhaseResult> withLatency = results.stream().filter(result -> !Double.isNaN(result.p95Ms())).toList();
        double maxLatency = withLatency.stream().mapToDouble(PhaseResult::p99Ms).max().orElse(1);
        int latencyTop = top + results.size() * row + 70;
        int height = latencyTop + withLatency.size() * row * 3 / 2 + 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"13\">%n",
                width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\">%s</text>%n", escape(title)));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>%n", top - 12, escape(rateLabel)));
        for (int i = 0; i < results.size(); i++) {
            PhaseResult result = results.get(i);
            int y = top + i * row;
            double w = barWidth * result.readingsPerSecond() / maxRate;
            svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 17, result.name()));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"22\" fill=\"%s\"/>%n", labelWidth, y + 2, w,
                    COLORS[i % COLORS.length]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%,.0f /s</text>%n", labelWidth + w + 6, y + 17, result.readingsPerSecond()));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>%n",
                latencyTop - 12, escape(latencyLabel)));
        for (int i = 0; i < withLatency.size(); i++) {
            PhaseResult result = withLatency.get(i);
            int y = latencyTop + i * row * 3 / 2;
            svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 20, result.name()));
            double[] values = {result.p50Ms(), result.p95Ms(), result.p99Ms()};
            for (int p = 0; p < 3; p++) {
                double w = barWidth * values[p] / maxLatency;
                int barY = y + p * 14;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"%s\" opacity=\"%.2f\"/>%n",
                        labelWidth, barY, w, COLORS[results.indexOf(result) % COLORS.length], 1.0 - p * 0.3));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%s %,.0f</text>%n", labelWidth + w + 6, barY + 10,
                        new String[] {"p50", "p95", "p99"}[p], values[p]));
            }
        }
        svg.append("</svg>\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, svg.toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
