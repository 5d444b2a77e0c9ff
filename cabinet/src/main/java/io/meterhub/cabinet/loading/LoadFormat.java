package io.meterhub.cabinet.loading;

/** The two formats a load reads and a template or an error file is written in. */
public enum LoadFormat {
    CSV("csv", "text/csv"), XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mimeType;

    LoadFormat(String extension, String mimeType) {
        this.extension = extension;
        this.mimeType = mimeType;
    }

    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    /** By content, not by name: an XLSX is a ZIP (PK), anything else is read as CSV. */
    static LoadFormat of(byte[] content) {
        return content.length >= 2 && content[0] == 'P' && content[1] == 'K' ? XLSX : CSV;
    }
}
