package io.meterhub.cabinet.readings;

public enum ReadingStatus {
    ACCEPTED, UNDER_REVIEW, REJECTED
}
