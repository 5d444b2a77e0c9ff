package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.correspondence.Correspondence;
import io.meterhub.cabinet.correspondence.FileContent;
import io.meterhub.cabinet.correspondence.Message;
import io.meterhub.cabinet.correspondence.NewAttachment;
import io.meterhub.cabinet.correspondence.Side;
import io.meterhub.cabinet.correspondence.Subject;
import io.meterhub.cabinet.correspondence.SubjectKind;

import java.time.Instant;
import java.util.List;

/** An appeal's thread in correspondence: messages numbered after the appeal ({@code ОБ-2026-00017/2}), files checked by their bytes. */
public final class AppealThread {
    public static final String TEXT_REQUIRED = "appeals.text_required";
    public static final String TEXT_TOO_LONG = "appeals.text_too_long";
    public static final int MAX_TEXT = 4000;

    private final Correspondence correspondence;
    private final long maxAttachmentBytes;

    public AppealThread(Correspondence correspondence, long maxAttachmentBytes) {
        this.correspondence = correspondence;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    public static Subject subject(long appealId) {
        return new Subject(SubjectKind.APPEAL, appealId);
    }

    /** Refuses an empty or too long text and files that are not what they say, before any transaction starts. */
    public String checked(String text, List<NewAttachment> files) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException(TEXT_REQUIRED);
        }
        if (trimmed.length() > MAX_TEXT) {
            throw new ValidationException(TEXT_TOO_LONG, MAX_TEXT);
        }
        Correspondence.check(files, maxAttachmentBytes);
        return trimmed;
    }

    public Message post(Tx tx, Appeal appeal, Side side, long userId, String text, List<NewAttachment> files, Instant at) {
        return correspondence.post(tx, subject(appeal.id()), appeal.customerUserId(), appeal.number(), side, userId, text, files,
                maxAttachmentBytes, at);
    }

    public List<Message> messages(Viewer viewer, Appeal appeal) {
        return correspondence.thread(viewer, subject(appeal.id()));
    }

    public FileContent attachment(Viewer viewer, Appeal appeal, long attachmentId) {
        return correspondence.attachment(viewer, subject(appeal.id()), attachmentId);
    }

    public void markRead(Viewer viewer, Appeal appeal) {
        correspondence.markRead(viewer, subject(appeal.id()));
    }

    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }
}
