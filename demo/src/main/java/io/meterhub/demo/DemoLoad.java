package io.meterhub.demo;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.loading.DataLoad;
import io.meterhub.cabinet.loading.DataLoadService;
import io.meterhub.cabinet.loading.LoadKind;
import io.meterhub.cabinet.loading.LoadProblem;
import io.meterhub.cabinet.loading.LoadStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One file of the demo's data through the control panel's data loading, as an operator loads it: uploaded,
 * checked whole, then applied. The demo's files are meant to be clean, so a bad row stops the demo with the
 * rows and fields named, as the preview would show them.
 */
final class DemoLoad {
    private final DataLoadService loading;

    DemoLoad(DataLoadService loading) {
        this.loading = loading;
    }

    /** A file kept beside this class in {@code load/}, with {@code {name}} placeholders filled in. */
    static String file(String name, Map<String, String> values) {
        try (InputStream in = DemoLoad.class.getResourceAsStream("load/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the demo's load file " + name + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{" + value.getKey() + "}", value.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the rows applied */
    int apply(Viewer operator, LoadKind kind, String fileName, String csv) {
        long id = loading.upload(operator, kind, fileName, csv.getBytes(StandardCharsets.UTF_8));
        DataLoad checked = loading.load(operator, id);
        if (checked.status() != LoadStatus.CHECKED || checked.rowsBad() > 0) {
            List<LoadProblem> problems = loading.problems(operator, id, 20);
            throw new IllegalStateException("the demo's file " + fileName + " did not load (" + checked.status() + ", "
                    + checked.errorMessage(Locale.ENGLISH) + "): " + problems.stream()
                    .map(p -> "row " + p.row() + ", " + p.field() + ": " + p.reason(Locale.forLanguageTag("ru"))).collect(Collectors.joining("; ")));
        }
        loading.apply(operator, id);
        DataLoad applied = loading.load(operator, id);
        if (applied.status() != LoadStatus.APPLIED) {
            throw new IllegalStateException("the demo's file " + fileName + " was checked but not applied: " + applied.status());
        }
        return applied.rowsApplied();
    }
}
