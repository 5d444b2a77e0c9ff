package io.meterhub.cabinet.loading;

import java.util.List;

/** What a file loads, with its columns in the template's order. */
public enum LoadKind {
    ACCOUNTS("абоненты", List.of(
            new Column(Headers.ACCOUNT, true, "0012345", "Номер лицевого счёта в организации: буквы, цифры, «-» и «/», до 32 знаков. "
                    + "Счёт с этим номером обновляется, новый создаётся."),
            new Column(Headers.FULL_NAME, true, "Иванов Иван Иванович", "ФИО потребителя или полное наименование организации."),
            new Column(Headers.CUSTOMER_KIND, true, "физическое лицо", "«физическое лицо» (ФЛ), «ИП» или «юридическое лицо» (ЮЛ)."),
            new Column(Headers.ADDRESS, true, "г. Самара, ул. Ленина, д. 1, кв. 5", "Адрес помещения, к которому относится лицевой счёт."),
            new Column(Headers.PHONE, false, "+7 912 345-67-67", "Телефон: 10 или 11 цифр, можно с пробелами, скобками и дефисами."),
            new Column(Headers.EMAIL, false, "ivanov@example.ru", "Адрес электронной почты."),
            new Column(Headers.SERVICES, false, "ELECTRICITY, COLD_WATER", "Услуги счёта через запятую: коды (ELECTRICITY, COLD_WATER, "
                    + "HOT_WATER, UPKEEP, WASTE) или названия («Электроэнергия»). Услуги добавляются к уже заведённым."),
            new Column(Headers.OPENED_ON, false, "01.02.2024", "Дата открытия счёта, ДД.ММ.ГГГГ; пусто — сегодня для нового счёта, "
                    + "без изменения для существующего."),
            new Column(Headers.PIN, false, "4821", "PIN-код для подключения счёта в личном кабинете, как он напечатан в квитанции: 4–12 цифр; "
                    + "хранится только в виде хэша. Пусто — прежний PIN (или его нет: тогда счёт подключают по сумме последнего начисления)."))),
    METERS("приборы учёта", List.of(
            new Column(Headers.ACCOUNT, true, "0012345", "Номер лицевого счёта, на котором стоит прибор; счёт должен быть уже загружен."),
            new Column(Headers.SERVICE, true, "ELECTRICITY", "Услуга прибора: код или название (электроэнергия, холодная или горячая вода)."),
            new Column(Headers.SERIAL, true, "12345678", "Заводской номер прибора учёта. Прибор с этим номером на счёте обновляется."),
            new Column(Headers.MODEL, true, "Меркурий 201.8", "Тип (модель) прибора."),
            new Column(Headers.ZONES, true, "1", "Число тарифных зон: 1, 2 или 3."),
            new Column(Headers.DIGITS, false, "6", "Разрядов до запятой, от 4 до 9; пусто — 6."),
            new Column(Headers.DECIMALS, false, "1", "Знаков после запятой, от 0 до 3; пусто — 1."),
            new Column(Headers.INSTALLED_ON, true, "15.03.2021", "Дата установки, ДД.ММ.ГГГГ."),
            new Column(Headers.VERIFICATION_ON, false, "15.03.2037", "Дата следующей поверки, ДД.ММ.ГГГГ; не раньше даты установки."),
            new Column(Headers.TELEMETRY_ID, false, "", "Идентификатор прибора в телеметрии (реестр каналов учёта), если прибор передаёт "
                    + "показания сам; пусто — нет."))),
    READINGS("показания", List.of(
            new Column(Headers.ACCOUNT, true, "0012345", "Номер лицевого счёта прибора."),
            new Column(Headers.SERIAL, true, "12345678", "Заводской номер прибора учёта на этом счёте; прибор должен быть уже загружен."),
            new Column(Headers.ZONE, false, "1", "Тарифная зона: 1 (день или пик), 2, 3; пусто — 1."),
            new Column(Headers.VALUE, true, "12345,6", "Показание счётчика: не больше разрядов прибора, до запятой и после."),
            new Column(Headers.TAKEN_ON, true, "25.03.2026", "Дата показания, ДД.ММ.ГГГГ, не позже сегодняшней. Показание того же прибора, "
                    + "зоны и дня заменяется."))),
    BALANCES("задолженность", List.of(
            new Column(Headers.ACCOUNT, true, "0012345", "Номер лицевого счёта."),
            new Column(Headers.SERVICE, true, "ELECTRICITY", "Услуга: код или название."),
            new Column(Headers.PERIOD, true, "03.2026", "Месяц, к которому относится сумма, ММ.ГГГГ."),
            new Column(Headers.AMOUNT, true, "1520,35", "Сумма в рублях с копейками; у задолженности может быть отрицательной (переплата)."),
            new Column(Headers.ENTRY_KIND, false, "задолженность", "«задолженность» (входящий долг, корректировка) или «начисление»; "
                    + "пусто — задолженность. Та же строка (счёт, услуга, месяц, вид) при повторной загрузке заменяет сумму."))),
    SERVICES("услуги", List.of(
            new Column(Headers.ACCOUNT, true, "0012345", "Номер лицевого счёта."),
            new Column(Headers.SERVICE, true, "COLD_WATER", "Услуга: код или название."),
            new Column(Headers.ACTION, false, "подключить", "«подключить» — начислять эту услугу по счёту, «отключить» — больше не начислять; "
                    + "пусто — подключить. Начисления прошлых месяцев не меняются."))),
    PAYMENTS("оплаты", List.of(
            new Column(Headers.ACCOUNT, true, "0012345", "Номер лицевого счёта."),
            new Column(Headers.SERVICE, true, "ELECTRICITY", "Услуга, в счёт которой принята оплата: код или название."),
            new Column(Headers.PAID_ON, true, "05.03.2026", "Дата оплаты, ДД.ММ.ГГГГ, не позже сегодняшней; оплата уменьшает долг этого месяца."),
            new Column(Headers.AMOUNT, true, "1520,35", "Сумма оплаты в рублях с копейками, больше нуля."),
            new Column(Headers.DOCUMENT, true, "П-000123", "Номер платёжного документа (банка, кассы, 1С), до 64 знаков, один в организации: "
                    + "оплата с тем же номером при повторной загрузке заменяется, а не добавляется; номер, уже учтённый по другому счёту "
                    + "или услуге, отклоняется.")));

    private final String titleRu;
    private final List<Column> columns;

    LoadKind(String titleRu, List<Column> columns) {
        this.titleRu = titleRu;
        this.columns = columns;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The kind's Russian name, used in file names of templates. */
    public String titleRu() {
        return titleRu;
    }

    /** The Russian headers of the files (the file format itself, so they are not translated). */
    static final class Headers {
        static final String ACCOUNT = "Лицевой счёт";
        static final String FULL_NAME = "ФИО / наименование";
        static final String CUSTOMER_KIND = "Вид потребителя";
        static final String ADDRESS = "Адрес";
        static final String PHONE = "Телефон";
        static final String EMAIL = "Эл. почта";
        static final String SERVICES = "Услуги";
        static final String OPENED_ON = "Дата открытия";
        static final String PIN = "PIN-код";
        static final String SERVICE = "Услуга";
        static final String SERIAL = "Заводской номер";
        static final String MODEL = "Модель";
        static final String ZONES = "Тарифных зон";
        static final String DIGITS = "Разрядов";
        static final String DECIMALS = "Знаков после запятой";
        static final String INSTALLED_ON = "Дата установки";
        static final String VERIFICATION_ON = "Дата поверки";
        static final String TELEMETRY_ID = "ID в телеметрии";
        static final String ZONE = "Зона";
        static final String VALUE = "Показание";
        static final String TAKEN_ON = "Дата показания";
        static final String PERIOD = "Период";
        static final String AMOUNT = "Сумма";
        static final String ENTRY_KIND = "Вид записи";
        static final String PAID_ON = "Дата оплаты";
        static final String ACTION = "Действие";
        static final String DOCUMENT = "Платёжный документ";
        /** The column an error file adds. */
        static final String ERRORS = "Ошибки";

        private Headers() {
        }
    }
}
