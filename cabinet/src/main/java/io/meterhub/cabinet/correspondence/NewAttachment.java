package io.meterhub.cabinet.correspondence;

/** A file to attach: the type is checked from the bytes, never from the name. */
public record NewAttachment(String label, String fileName, byte[] bytes) {
    @Override
    public String toString() {
        return "NewAttachment[" + label + ", " + fileName + ", " + (bytes == null ? "no" : bytes.length) + " bytes]";
    }
}
