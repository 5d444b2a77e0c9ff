package io.meterhub.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/** The upload component's own words (add, drop, too big, wrong type...) in the page's language, for PDF, JPG or PNG documents. */
public final class UploadTexts {
    private UploadTexts() {
    }

    /**
     * @param limit       the size limit as the page writes it ("10 МБ")
     * @param tooManyKey  the text for more files than the upload takes ({@code connection.upload.one} for one at a time)
     */
    public static UploadI18N documents(Component page, String limit, String tooManyKey) {
        String failed = page.getTranslation("connection.upload.failed");
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(page.getTranslation("connection.upload.drop")).setMany(page.getTranslation("connection.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(page.getTranslation("connection.upload.add")).setMany(page.getTranslation("connection.upload.add")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(page.getTranslation("connection.upload.too-big", limit))
                .setIncorrectFileType(page.getTranslation("connection.upload.wrong-type")).setTooManyFiles(page.getTranslation(tooManyKey)));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…").setStalled("…").setProcessing("…").setHeld("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(failed).setUnexpectedServerError(failed).setForbidden(failed)));
        i18n.setUnits(new UploadI18N.Units().setSize(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
