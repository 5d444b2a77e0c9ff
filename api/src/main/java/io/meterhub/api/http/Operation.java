package io.meterhub.api.http;

/** An operation of the contract: it reads the database or the broker, so it runs on a worker thread. */
@FunctionalInterface
public interface Operation {
    Answer answer(ApiRequest request) throws Exception;
}
