package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.correspondence.FileCheck;

import java.time.Instant;

/** An application's document to store: its name cleaned, its type checked by its bytes ({@link FileCheck}), its hash computed. */
final class DocumentCheck {
    private DocumentCheck() {
    }

    static String fileName(String name) {
        return FileCheck.fileName(name);
    }

    static String contentType(String fileName, byte[] bytes, long maxBytes) {
        return FileCheck.contentType(fileName, bytes, maxBytes);
    }

    static NewDocumentRow stored(long applicationId, DocumentKind kind, String fileName, String contentType, byte[] bytes, Instant at, long userId,
                                 AuthorSide side) {
        return new NewDocumentRow(applicationId, kind.name(), fileName, contentType, bytes, FileCheck.sha256(bytes), at, userId, side.name());
    }
}
