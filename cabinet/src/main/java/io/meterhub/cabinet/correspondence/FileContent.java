package io.meterhub.cabinet.correspondence;

/** A file to download. */
public record FileContent(String fileName, String contentType, byte[] bytes) {
}
