package io.meterhub.cabinet.connection;

/** An upload: the kind is chosen by the user; the type is checked from the bytes, never from the name. */
public record NewDocument(DocumentKind kind, String fileName, byte[] bytes) {
    @Override
    public String toString() {
        return "NewDocument[" + kind + ", " + fileName + ", " + (bytes == null ? "no" : bytes.length) + " bytes]";
    }
}
