package io.meterhub.cabinet.appeals;

/**
 * The appeals feature's services as the pages take them: the customer's filing, the staff's desk, the pages' queries, the terms,
 * the export, the monthly report and the answer templates.
 */
public record AppealsFeature(AppealFiling filing, AppealDesk desk, AppealQueries queries, AppealTerms terms, AppealExport export,
                             AppealReport report, AnswerTemplates templates) {
}
