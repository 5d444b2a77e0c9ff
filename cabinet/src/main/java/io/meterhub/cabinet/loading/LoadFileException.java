package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.common.ValidationException;

/** The file as a whole cannot be loaded: unreadable, without a required column, without rows. */
final class LoadFileException extends ValidationException {
    LoadFileException(String code, Object... args) {
        super(code, args);
    }
}
