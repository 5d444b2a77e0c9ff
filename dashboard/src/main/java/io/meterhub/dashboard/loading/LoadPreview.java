package io.meterhub.dashboard.loading;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.loading.DataLoad;
import io.meterhub.cabinet.loading.DataLoadService;
import io.meterhub.cabinet.loading.LoadProblem;
import io.meterhub.cabinet.loading.LoadStatus;
import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.Texts;

import java.util.List;

/** One load as its check left it: counts, the bad fields, apply, the progress while it runs, the error file. */
final class LoadPreview extends Div {
    static final String ID = "load-current";
    static final String APPLY_ID = "load-apply";
    static final int SHOWN_PROBLEMS = 500;
    private final transient DataLoadService service;
    private final transient Viewer viewer;
    private final Runnable applied;
    private final H3 title = new H3();
    private final Span status = new Span();
    private final Span counts = new Span();
    private final Span already = new Span();
    private final Span error = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button apply = new Button();
    private final Grid<LoadProblem> problems = new Grid<>();
    private final Span more = new Span();
    private final Anchor errorFile = new Anchor();
    private long shownProblemsOf = -1;
    private long loadId;
    private final java.time.ZoneId zone;

    LoadPreview(DataLoadService service, Viewer viewer, java.time.ZoneId zone, Runnable applied) {
        this.service = service;
        this.zone = zone;
        this.viewer = viewer;
        this.applied = applied;
        setId(ID);
        setWidthFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
        title.getStyle().set("margin", "0");
        status.setId("load-status");
        counts.setId("load-counts");
        already.setId("load-already");
        already.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("load-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        progress.setId("load-progress");
        progressText.setId("load-progress-text");
        apply.setId(APPLY_ID);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> apply());
        problems.setId("load-problems");
        problems.addColumn(LoadProblem::row).setHeader(getTranslation("loading.problem.row")).setWidth("6.5em").setFlexGrow(0);
        problems.addColumn(p -> "«" + p.field() + "»: " + (p.value() == null || p.value().isBlank() ? "—" : p.value()) + " — "
                + p.reason(Texts.locale())).setHeader(getTranslation("loading.errors")).setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        problems.setWidthFull();
        more.setId("load-problems-more");
        errorFile.setId("load-error-file");
        errorFile.setText(getTranslation("loading.error-file"));
        errorFile.getElement().setAttribute("download", true);
        add(title, status, counts, already, error, progress, progressText, apply, errorFile, problems, more);
        setVisible(false);
    }

    void show(DataLoad load) {
        loadId = load.id();
        setVisible(true);
        title.setText(getTranslation("loading.current") + ": " + load.fileName());
        status.setText(getTranslation("loading.kind." + load.kind().name()) + " · " + getTranslation("loading.status." + load.status().name())
                + " · " + load.uploadedBy() + ", " + ConnectionFormat.time(load.uploadedAt(), Texts.locale(), zone));
        boolean checked = load.status() != LoadStatus.CHECKING && load.error() == null;
        counts.setVisible(checked);
        counts.setText(load.status() == LoadStatus.APPLIED
                ? getTranslation("loading.counts", load.rowsTotal(), load.rowsValid(), load.rowsBad(), load.rowsNew(), load.rowsUpdated())
                + ". " + getTranslation("loading.applied-count", load.rowsApplied())
                : getTranslation("loading.counts", load.rowsTotal(), load.rowsValid(), load.rowsBad(), load.rowsNew(), load.rowsUpdated()));
        already.setVisible(load.alreadyLoadedBy() != null);
        if (load.alreadyLoadedBy() != null) {
            already.setText(getTranslation("loading.already", ConnectionFormat.time(load.alreadyLoadedAt(), Texts.locale(), zone), load.alreadyLoadedBy()));
        }
        error.setVisible(load.error() != null);
        error.setText(load.error() == null ? "" : load.errorMessage(Texts.locale()));
        boolean running = load.status().running();
        progress.setVisible(running);
        progress.setIndeterminate(load.status() == LoadStatus.CHECKING);
        progress.setValue(load.progress());
        progressText.setVisible(running);
        progressText.setText(getTranslation("loading.progress", load.rowsDone()));
        apply.setVisible(load.status() == LoadStatus.CHECKED);
        apply.setEnabled(load.applicable());
        apply.setText(getTranslation("loading.apply", load.rowsValid()));
        boolean bad = load.rowsBad() > 0 || load.error() != null;
        errorFile.setVisible(bad && !running);
        if (bad && !running) {
            errorFile.setHref(LoadingView.resource(DataLoadService.errorFileName(load.fileName(), load.format()), load.format(),
                    () -> service.errorFile(viewer, load.id())));
        }
        if (shownProblemsOf != load.id() && checked && load.rowsBad() > 0) {
            List<LoadProblem> found = service.problems(viewer, load.id(), SHOWN_PROBLEMS + 1);
            problems.setItems(found.subList(0, Math.min(SHOWN_PROBLEMS, found.size())));
            // a few errors fit the page; many scroll inside the grid
            problems.setAllRowsVisible(found.size() <= 20);
            problems.setHeight(found.size() <= 20 ? null : "420px");
            more.setText(found.size() > SHOWN_PROBLEMS ? getTranslation("loading.errors.more", SHOWN_PROBLEMS) : "");
            shownProblemsOf = load.id();
        }
        problems.setVisible(checked && load.rowsBad() > 0);
        more.setVisible(problems.isVisible() && !more.getText().isEmpty());
    }

    private void apply() {
        try {
            service.apply(viewer, loadId);
            applied.run();
        } catch (CabinetException e) {
            error.setVisible(true);
            error.setText(Texts.refusal(this, e));
        }
    }
}
