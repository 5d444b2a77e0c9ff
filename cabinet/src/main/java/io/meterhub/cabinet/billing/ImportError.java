package io.meterhub.cabinet.billing;

import java.util.List;

/** A bad row of a charges file: which row, which field, and why (a message key with its arguments and the English text). */
public record ImportError(int row, String field, String code, List<Object> args, String message) {
}
