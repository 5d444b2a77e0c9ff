package io.meterhub.cabinet.coverage;

import io.meterhub.cabinet.common.ValidationException;

import java.util.List;

/** An upload refused, with every problem found (the exception's own message is the first one's). */
public final class CoverageUploadException extends ValidationException {
    private final transient List<UploadProblem> problems;

    CoverageUploadException(List<UploadProblem> problems) {
        super(problems.get(0).code(), problems.get(0).args().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<UploadProblem> problems() {
        return problems;
    }
}
