package io.meterhub.api.problem;

/** A refusal on its way to the client: the failure handler answers it as it is, and logs no stack trace. */
public final class ProblemException extends RuntimeException {
    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
