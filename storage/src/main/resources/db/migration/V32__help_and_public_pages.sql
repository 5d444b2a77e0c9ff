-- Help articles and the editable public pages (login text, contacts, about).
-- A row with organization_id NULL is the product's own: shipped here, read by every organization that has no
-- row of its own with the same slug (an article) or kind (a page). Staff edit their organization's rows only.

CREATE TABLE help_article (
    id              bigserial PRIMARY KEY,
    organization_id text REFERENCES organization (id),
    slug            text        NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    topic           text        NOT NULL CHECK (topic IN ('READINGS', 'PAYMENTS', 'CONNECTION', 'SIGNING', 'APPEALS', 'ACCOUNT', 'OTHER')),
    -- a language without a title has no text of its own: the reader gets the other one, with a note
    title_ru        text,
    body_ru         text,
    title_en        text,
    body_en         text,
    position        integer     NOT NULL DEFAULT 100,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      bigint REFERENCES app_user (id),
    CHECK (title_ru IS NOT NULL OR title_en IS NOT NULL)
);
CREATE UNIQUE INDEX help_article_slug ON help_article (coalesce(organization_id, ''), slug);

-- every saved version of a page, never updated: the newest is the page, the others its history
CREATE TABLE public_page_version (
    id              bigserial PRIMARY KEY,
    organization_id text REFERENCES organization (id),
    kind            text        NOT NULL CHECK (kind IN ('LOGIN', 'CONTACTS', 'ABOUT')),
    body_ru         text        NOT NULL,
    body_en         text        NOT NULL,
    saved_at        timestamptz NOT NULL DEFAULT now(),
    saved_by        bigint REFERENCES app_user (id)
);
CREATE INDEX public_page_version_page ON public_page_version (coalesce(organization_id, ''), kind, id DESC);

INSERT INTO public_page_version (organization_id, kind, body_ru, body_en) VALUES
(NULL, 'LOGIN',
 E'Личный кабинет потребителя: показания, оплата, заявки на технологическое присоединение и обращения в одном месте.',
 E'The customer''s cabinet: readings, payments, grid connection applications and appeals in one place.'),
(NULL, 'CONTACTS',
 E'## Контакты\n\nТелефон и адрес офиса вашей организации указаны в квитанции. Вопрос можно задать в разделе **Обращения** личного кабинета.',
 E'## Contacts\n\nYour organization''s phone and office address are printed on the receipt. You can ask a question under **Appeals** in the cabinet.'),
(NULL, 'ABOUT',
 E'## О сервисе\n\nMeterhub собирает показания приборов учёта и даёт потребителям личный кабинет сетевой организации и управляющей компании.',
 E'## About\n\nMeterhub collects meter readings and gives customers the cabinet of their grid company and housing utility.');

INSERT INTO help_article (organization_id, slug, topic, position, title_ru, body_ru, title_en, body_en) VALUES
(NULL, 'readings', 'READINGS', 10,
 E'Как передать показания',
 E'Показания принимаются в **период приёма** — он указан на странице «Показания» (например, с 15 по 25 число).\n\n'
 '1. Откройте раздел **Показания** и выберите прибор учёта.\n'
 '2. Перепишите цифры с табло до запятой и после неё; для многотарифного счётчика — по каждой зоне (T1 пик, T2 полупик, T3 ночь).\n'
 '3. Нажмите **Передать**. Показание меньше предыдущего кабинет не примет — проверьте, не перепутаны ли зоны.\n\n'
 'Если прибор передаёт данные сам (через контроллер), вводить показания не нужно.',
 E'How to submit readings',
 E'Readings are accepted during the **submission window** shown on the Readings page (for example, the 15th to the 25th).\n\n'
 '1. Open **Readings** and choose the meter.\n'
 '2. Copy the digits from the display before and after the decimal point; for a multi-tariff meter, each zone (T1 peak, T2 semi-peak, T3 night).\n'
 '3. Press **Submit**. A value below the previous one is refused: check that the zones are not swapped.\n\n'
 'When the meter reports by itself (through a controller), you need not enter readings.'),
(NULL, 'payments', 'PAYMENTS', 20,
 E'Как оплатить',
 E'На странице **Оплата** выберите лицевой счёт: сумма задолженности подставится сама, её можно изменить.\n\n'
 '- Картой или через СБП — платёж зачисляется в течение нескольких минут, чек придёт на почту.\n'
 '- По QR-коду в квитанции — в приложении любого банка.\n\n'
 'Оплата распределяется по услугам счёта; переплата учитывается в следующем месяце.',
 E'How to pay',
 E'On the **Payments** page choose the account: the debt is filled in, and you may change the amount.\n\n'
 '- By card or SBP: the payment is credited within minutes, the fiscal receipt comes by email.\n'
 '- By the QR code on the receipt, in any bank''s app.\n\n'
 'A payment is split among the account''s services; an overpayment counts towards next month.'),
(NULL, 'connection-application', 'CONNECTION', 30,
 E'Заявка на технологическое присоединение: шаги',
 E'Заявка подаётся по шагам, каждый шаг сохраняется:\n\n'
 '1. **Заявитель** — физическое лицо, ИП или юридическое лицо, документ и контакты.\n'
 '2. **Объект** — адрес и кадастровый номер участка.\n'
 '3. **Энергопринимающие устройства** — максимальная мощность (кВт), напряжение (кВ), категория надёжности.\n'
 '4. **Документы** — правоустанавливающие документы и план расположения (PDF или фото).\n'
 '5. **Проверка и подпись** — проверьте данные и подпишите заявку кодом из SMS.\n\n'
 'Сроки рассмотрения считаются в рабочих днях по Постановлению Правительства № 861.',
 E'Grid connection application: the steps',
 E'The application is filled in steps; each step is saved:\n\n'
 '1. **Applicant**: individual, sole proprietor or company, the document and contacts.\n'
 '2. **Object**: the address and the cadastral number of the plot.\n'
 '3. **Power receiving devices**: maximum power (kW), voltage (kV), reliability category.\n'
 '4. **Documents**: title documents and the site plan (PDF or photos).\n'
 '5. **Review and sign**: check the data and sign with the code from the SMS.\n\n'
 'Terms are counted in working days under Government Decree No. 861.'),
(NULL, 'signing', 'SIGNING', 40,
 E'Как подписать документ',
 E'Документы кабинета подписываются **простой электронной подписью**: нажмите **Подписать**, и на ваш телефон придёт одноразовый код. '
 'Введите его — документ подписан, на его печатной форме появится штамп подписи.\n\n'
 'Юридическое лицо может подписать **усиленной квалифицированной подписью** (УКЭП) с сертификатом.\n\n'
 'Код действует несколько минут; если он не пришёл, запросите новый.',
 E'How to sign a document',
 E'The cabinet''s documents are signed with a **simple electronic signature**: press **Sign** and a one-time code comes to your phone. '
 'Enter it and the document is signed; its print form shows the signature stamp.\n\n'
 'A company may sign with a **qualified electronic signature** with its certificate.\n\n'
 'A code is valid for a few minutes; when none came, ask for a new one.'),
(NULL, 'appeals', 'APPEALS', 50,
 E'Обращения: как написать и когда ждать ответ',
 E'В разделе **Обращения** нажмите **Написать обращение**, выберите лицевой счёт и тему, опишите вопрос и приложите фото или документы.\n\n'
 'Обращению сразу присваивается номер, и виден **срок ответа** в рабочих днях. Ответ придёт в кабинет, на почту и по SMS. '
 'Если ответ не устроил, обращение можно открыть снова в течение 30 дней.',
 E'Appeals: how to write one and when to expect the answer',
 E'Under **Appeals** press **Write an appeal**, choose the account and the topic, describe the question and attach photos or documents.\n\n'
 'The appeal gets its number at once, with the **answer deadline** in working days. The answer comes to the cabinet, by email and SMS. '
 'When it does not settle the matter, you can reopen the appeal within 30 days.');
