package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.correspondence.NewAttachment;

import java.util.List;

/**
 * What a customer writes: to the organization of the account, in a category, with files (checked by their bytes).
 *
 * @param accountId      null to write without an account: then to {@code organizationId}, a grid company, about a connection
 * @param organizationId read only when {@code accountId} is null
 */
public record NewAppeal(Long accountId, String organizationId, AppealCategory category, String subject, String text,
                        List<NewAttachment> files) {
    public NewAppeal {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public static NewAppeal about(long accountId, AppealCategory category, String subject, String text, List<NewAttachment> files) {
        return new NewAppeal(accountId, null, category, subject, text, files);
    }
}
