package io.meterhub.dashboard.loading;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.loading.DataLoad;
import io.meterhub.cabinet.loading.DataLoadService;
import io.meterhub.cabinet.loading.ExportService;
import io.meterhub.cabinet.loading.LoadFile;
import io.meterhub.cabinet.loading.LoadFormat;
import io.meterhub.cabinet.loading.LoadKind;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.dashboard.ui.Texts;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Загрузка данных: choose the kind, take a template, upload a file, read the check's preview, apply the
 * valid rows and watch the progress; the history below shows every load, a running one with its progress,
 * so the page can be left and found again. The page polls while a load of the organization is running.
 */
@Route(value = "admin/loading", layout = MainLayout.class)
@Menu(title = "nav.admin-loading", order = 40, icon = "vaadin:upload")
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.DATA_LOADING)
public class LoadingView extends ModulePage {
    public static final String KIND_ID = "loading-kind";
    public static final String UPLOAD_ID = "loading-upload";
    public static final String MESSAGE_ID = "loading-message";
    static final int POLL_MILLIS = 1_000;
    private final transient DataLoadService service;
    private final Select<LoadKind> kind = new Select<>();
    private final Anchor xlsxTemplate = new Anchor();
    private final Anchor csvTemplate = new Anchor();
    private final Span message = new Span();
    /** The message says a load is being checked or applied: it goes once the load is done. */
    private boolean progressMessage;
    private Upload upload;
    private LoadPreview preview;
    private LoadHistory history;
    private Long current;
    private Registration polling;
    private int pollBefore = -1;

    public LoadingView(AuthenticationContext authentication, StaffRights rights, DataLoadService service, ExportService exports,
                       java.time.Clock clock) {
        super("loading.title", authentication, rights);
        this.service = service;
        Optional<Viewer> staff = viewer();
        if (staff.isEmpty()) {
            return;
        }
        Viewer viewer = staff.get();
        setWidthFull();
        add(note(getTranslation("loading.lead"), "loading-lead"));
        kind.setId(KIND_ID);
        kind.setLabel(getTranslation("loading.kind"));
        kind.setItems(LoadKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("loading.kind." + k.name()));
        kind.setValue(LoadKind.ACCOUNTS);
        kind.setWidth("min(100%, 320px)");
        kind.addValueChangeListener(change -> templates(viewer));
        xlsxTemplate.setId("loading-template-xlsx");
        csvTemplate.setId("loading-template-csv");
        templates(viewer);
        Div templates = new Div(new Span(getTranslation("loading.templates") + " "), xlsxTemplate, new Span(" · "), csvTemplate);
        templates.setId("loading-templates");

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> uploaded(viewer, metadata.fileName(), bytes)));
        upload.setId(UPLOAD_ID);
        upload.setAcceptedFileTypes(".xlsx", ".csv", "text/csv", LoadFormat.XLSX.mimeType());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DataLoadService.MAX_BYTES);
        upload.setWidthFull();
        upload.setI18n(i18n());
        Span hint = new Span(getTranslation("loading.upload.hint", DataLoadService.MAX_BYTES / 1024 / 1024));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        message.setId(MESSAGE_ID);
        message.getStyle().set("display", "block");
        hint.getStyle().set("display", "block");

        Div choose = card("loading-choose");
        choose.add(kind, templates, upload, hint, message);
        java.time.ZoneId zone = service.zone(viewer);
        preview = new LoadPreview(service, viewer, zone, this::applied);
        history = new LoadHistory(service, viewer, zone, this::open);
        add(choose, preview, new H3(getTranslation("loading.history")), history,
                new ExportCard(exports, viewer, java.time.LocalDate.now(clock)));
        history.refresh();
        history.latest().ifPresent(load -> {
            if (load.status().running() || load.status() == io.meterhub.cabinet.loading.LoadStatus.CHECKED) {
                open(load.id());
            }
        });
    }

    /** The upload's own words in the page's language (the connection pages' keys say the same things). */
    private UploadI18N i18n() {
        String failed = getTranslation("connection.upload.failed");
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("connection.upload.drop")).setMany(getTranslation("connection.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("connection.upload.add")).setMany(getTranslation("connection.upload.add")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("connection.upload.too-big", DataLoadService.MAX_BYTES / 1024 / 1024
                        + ("ru".equals(Texts.locale().getLanguage()) ? " МБ" : " MB")))
                .setIncorrectFileType(getTranslation("loading.upload.wrong-type")).setTooManyFiles(getTranslation("connection.upload.one")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…").setStalled("…").setProcessing("…").setHeld("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(failed).setUnexpectedServerError(failed).setForbidden(failed)));
        i18n.setUnits(new UploadI18N.Units().setSize(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }

    private void templates(Viewer viewer) {
        LoadKind chosen = kind.getValue();
        xlsxTemplate.setText(getTranslation("loading.template.xlsx"));
        xlsxTemplate.setHref(resource(() -> service.template(viewer, chosen, LoadFormat.XLSX)));
        xlsxTemplate.getElement().setAttribute("download", true);
        csvTemplate.setText(getTranslation("loading.template.csv"));
        csvTemplate.setHref(resource(() -> service.template(viewer, chosen, LoadFormat.CSV)));
        csvTemplate.getElement().setAttribute("download", true);
    }

    /** A template, made at once (it is small). */
    static StreamResource resource(Supplier<LoadFile> file) {
        LoadFile made = file.get();
        return resource(made.name(), made.format(), () -> made);
    }

    /** A download made only when it is asked for: an error file may have 100,000 rows. */
    static StreamResource resource(String name, LoadFormat format, Supplier<LoadFile> file) {
        StreamResource resource = new StreamResource(name, () -> new ByteArrayInputStream(file.get().content()));
        resource.setContentType(format.mimeType());
        return resource;
    }

    void uploaded(Viewer viewer, String fileName, byte[] bytes) {
        // one file at a time: left in the list, the file would block the next one (the corrected file, say)
        upload.clearFileList();
        try {
            long id = service.upload(viewer, kind.getValue(), fileName, bytes);
            say(getTranslation("loading.uploaded", fileName), false);
            open(id);
        } catch (CabinetException e) {
            say(Texts.refusal(this, e), true);
        }
    }

    private void applied() {
        say(getTranslation("loading.apply.started"), false);
        refresh();
    }

    private void open(long id) {
        current = id;
        refresh();
    }

    /** Shows the current load and the history again; keeps polling while a load is running. */
    void refresh() {
        boolean running = false;
        if (current != null) {
            DataLoad shown = service.load(viewer().orElseThrow(), current);
            preview.show(shown);
            running = shown.status().running();
            if (progressMessage && !running) {
                // "accepted, checking" or "applying" said what the preview now shows for good
                say("", false);
                progressMessage = false;
            }
        }
        // the check may end between the two reads: polling stops only once the preview, too, has shown the end
        List<DataLoad> loads = history.refresh();
        running |= loads.stream().anyMatch(l -> l.status().running());
        UI ui = UI.getCurrent();
        if (ui != null) {
            poll(ui, running);
        }
    }

    private void poll(UI ui, boolean on) {
        if (on && polling == null) {
            pollBefore = ui.getPollInterval();
            ui.setPollInterval(pollBefore > 0 ? Math.min(pollBefore, POLL_MILLIS) : POLL_MILLIS);
            polling = ui.addPollListener(event -> refresh());
        } else if (!on && polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(pollBefore);
        }
    }

    private void say(String text, boolean error) {
        progressMessage = !error && !text.isEmpty();
        message.setText(text);
        message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (viewer().isPresent()) {
            refresh();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            poll(detachEvent.getUI(), false);
        }
        super.onDetach(detachEvent);
    }
}
