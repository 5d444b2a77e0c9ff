package io.meterhub.dashboard.loading;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.loading.ExportKind;
import io.meterhub.cabinet.loading.ExportService;
import io.meterhub.cabinet.loading.LoadFile;
import io.meterhub.cabinet.loading.LoadFormat;
import io.meterhub.dashboard.ui.Texts;

import java.time.LocalDate;

/** Выгрузка: the readings customers submitted or the payments received for a period, or the registry; made on request, then downloaded. */
final class ExportCard extends Div {
    static final String ID = "export";
    static final String FILE_ID = "export-file";
    private final Select<ExportKind> kind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Anchor file = new Anchor();
    private final Span message = new Span();

    ExportCard(ExportService exports, Viewer viewer, LocalDate today) {
        setId(ID);
        setWidthFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box").set("max-width", "560px");
        H3 title = new H3(getTranslation("export.title"));
        title.getStyle().set("margin", "0");
        kind.setId("export-kind");
        kind.setLabel(getTranslation("export.kind"));
        kind.setItems(ExportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("export.kind." + k.name()));
        kind.setValue(ExportKind.CUSTOMER_READINGS);
        kind.addValueChangeListener(change -> {
            from.setVisible(change.getValue().forPeriod());
            to.setVisible(change.getValue().forPeriod());
        });
        from.setId("export-from");
        from.setLabel(getTranslation("export.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setId("export-to");
        to.setLabel(getTranslation("export.to"));
        to.setValue(today);
        Div period = new Div(from, to);
        period.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        Button csv = new Button(getTranslation("export.make.csv"), click -> make(exports, viewer, LoadFormat.CSV));
        csv.setId("export-csv");
        Button xlsx = new Button(getTranslation("export.make.xlsx"), click -> make(exports, viewer, LoadFormat.XLSX));
        xlsx.setId("export-xlsx");
        Div buttons = new Div(csv, xlsx);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        file.setId(FILE_ID);
        file.getElement().setAttribute("download", true);
        file.setVisible(false);
        message.setId("export-message");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        add(title, kind, period, buttons, file, message);
    }

    private void make(ExportService exports, Viewer viewer, LoadFormat format) {
        try {
            LoadFile made = exports.export(viewer, kind.getValue(), from.getValue(), to.getValue(), format);
            file.setHref(LoadingView.resource(() -> made));
            file.setText(getTranslation("export.download", made.name()));
            file.setVisible(true);
            message.setText("");
        } catch (CabinetException e) {
            file.setVisible(false);
            message.setText(Texts.refusal(this, e));
        }
    }
}
