package io.meterhub.cabinet.connection;

/** A document to download. */
public record DocumentContent(String fileName, String contentType, byte[] bytes) {
    @Override
    public String toString() {
        return "DocumentContent[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
