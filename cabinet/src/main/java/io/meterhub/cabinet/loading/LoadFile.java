package io.meterhub.cabinet.loading;

/** A file the control panel gives out: a template, or a load's rows with their errors. */
public record LoadFile(String name, LoadFormat format, byte[] content) {
}
