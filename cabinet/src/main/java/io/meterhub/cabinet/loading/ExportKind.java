package io.meterhub.cabinet.loading;

import java.util.List;

/** What the control panel exports (Выгрузка), with its file's Russian headers. */
public enum ExportKind {
    /** Readings customers submitted, for a billing system such as 1C. */
    CUSTOMER_READINGS("показания", true, List.of("Лицевой счёт", "Адрес", "Услуга", "Заводской номер", "Зона", "Показание", "Дата показания",
            "Подано")),
    /** The organization's shares of the payments received. */
    PAYMENTS("платежи", true, List.of("Дата оплаты", "Лицевой счёт", "Услуга", "Сумма", "Платёж №", "Провайдер", "№ у провайдера")),
    /** Accounts and their meters. */
    REGISTRY("реестр", false, List.of("Лицевой счёт", "ФИО / наименование", "Адрес", "Услуга", "Заводской номер", "Модель", "Тарифных зон",
            "Дата установки", "Дата поверки", "ID в телеметрии"));

    private final String titleRu;
    private final boolean forPeriod;
    private final List<String> headers;

    ExportKind(String titleRu, boolean forPeriod, List<String> headers) {
        this.titleRu = titleRu;
        this.forPeriod = forPeriod;
        this.headers = headers;
    }

    public boolean forPeriod() {
        return forPeriod;
    }

    List<String> headers() {
        return headers;
    }

    String titleRu() {
        return titleRu;
    }
}
