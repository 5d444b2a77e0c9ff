package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.loading.KindRules.Numbered;
import io.meterhub.cabinet.loading.LoadKind.Headers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Rows that refer to an account (debts, payments): those whose account the organization does not have are named, the rest kept. */
final class KnownAccounts {
    private KnownAccounts() {
    }

    static <R> List<Numbered<R>> keep(LoadedRecordsRepository records, String organizationId, List<Numbered<R>> rows, Function<R, String> account,
                                      List<LoadProblem> problems) {
        Set<String> known = records.existingAccounts(organizationId, rows.stream().map(r -> account.apply(r.row())).distinct().toList());
        List<Numbered<R>> valid = new ArrayList<>(rows.size());
        for (Numbered<R> r : rows) {
            if (known.contains(account.apply(r.row()))) {
                valid.add(r);
            } else {
                problems.add(LoadProblem.of(r.rowNo(), Headers.ACCOUNT, account.apply(r.row()), "load.field.account_unknown"));
            }
        }
        return valid;
    }
}
