package io.meterhub.dashboard.loading;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.loading.DataLoad;
import io.meterhub.cabinet.loading.DataLoadService;
import io.meterhub.cabinet.loading.LoadStatus;
import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.Texts;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/** The organization's loads, newest first: when, who, the file, the result, rows written; a running one with its progress. */
final class LoadHistory extends Div {
    static final String ID = "load-history";
    private final transient DataLoadService service;
    private final transient Viewer viewer;
    private final Grid<DataLoad> grid = new Grid<>();
    private final Span empty = new Span();
    private List<DataLoad> loads = List.of();

    LoadHistory(DataLoadService service, Viewer viewer, java.time.ZoneId zone, LongConsumer open) {
        this.service = service;
        this.viewer = viewer;
        setWidthFull();
        grid.setId(ID);
        grid.setWidthFull();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(l -> ConnectionFormat.time(l.uploadedAt(), Texts.locale(), zone)).setHeader(getTranslation("loading.history.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.fileName() + " · " + getTranslation("loading.kind." + l.kind().name()) + " · " + l.uploadedBy())
                .setHeader(getTranslation("loading.history.file")).setFlexGrow(1);
        grid.addColumn(this::result).setHeader(getTranslation("loading.history.result")).setFlexGrow(1);
        grid.addComponentColumn(l -> {
            Div actions = new Div();
            Button view = new Button(getTranslation("loading.history.open"), click -> open.accept(l.id()));
            view.setId("load-open-" + l.id());
            view.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(view);
            if ((l.rowsBad() > 0 || l.error() != null) && !l.status().running()) {
                Anchor file = new Anchor(LoadingView.resource(DataLoadService.errorFileName(l.fileName(), l.format()), l.format(),
                        () -> service.errorFile(viewer, l.id())), getTranslation("loading.errors"));
                file.setId("load-errors-" + l.id());
                file.getElement().setAttribute("download", true);
                actions.add(file);
            }
            return actions;
        }).setAutoWidth(true).setFlexGrow(0);
        empty.setId("load-history-empty");
        empty.setText(getTranslation("loading.history.empty"));
        add(empty, grid);
    }

    private String result(DataLoad l) {
        String status = getTranslation("loading.status." + l.status().name());
        if (l.status().running()) {
            return status + " · " + getTranslation("loading.progress", l.rowsDone())
                    + (l.status() == LoadStatus.APPLYING ? " (" + Math.round(l.progress() * 100) + " %)" : "");
        }
        if (l.status() == LoadStatus.APPLIED) {
            return status + " · " + getTranslation("loading.applied-count", l.rowsApplied()) + (l.rowsBad() > 0 ? ", "
                    + getTranslation("loading.errors").toLowerCase(Texts.locale()) + ": " + l.rowsBad() : "");
        }
        if (l.error() != null) {
            return status + ": " + l.errorMessage(Texts.locale());
        }
        return status + " · " + getTranslation("loading.counts", l.rowsTotal(), l.rowsValid(), l.rowsBad(), l.rowsNew(), l.rowsUpdated());
    }

    List<DataLoad> refresh() {
        loads = service.history(viewer, 50);
        grid.setItems(loads);
        empty.setVisible(loads.isEmpty());
        grid.setVisible(!loads.isEmpty());
        return loads;
    }

    Optional<DataLoad> latest() {
        return loads.stream().findFirst();
    }
}
