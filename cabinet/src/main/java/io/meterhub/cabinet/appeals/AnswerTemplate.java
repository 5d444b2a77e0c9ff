package io.meterhub.cabinet.appeals;

/** A template of a frequent answer; {@code category} null for one offered in every category. */
public record AnswerTemplate(long id, AppealCategory category, String title, String body) {
    static AnswerTemplate of(AppealTemplateRow r) {
        return new AnswerTemplate(r.id(), r.category() == null ? null : AppealCategory.valueOf(r.category()), r.title(), r.body());
    }

    /** Offered for an appeal of the category: its own and those of every category. */
    public boolean fits(AppealCategory of) {
        return category == null || category == of;
    }
}
