package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.correspondence.NewAttachment;

import java.util.List;

/** What a customer writes: to the organization of the account, in a category, with files (checked by their bytes). */
public record NewAppeal(long accountId, AppealCategory category, String subject, String text, List<NewAttachment> files) {
    public NewAppeal {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
