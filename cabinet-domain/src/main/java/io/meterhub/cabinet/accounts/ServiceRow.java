package io.meterhub.cabinet.accounts;

public record ServiceRow(String code, String nameRu, String nameEn, String unit, boolean metered) {
}
