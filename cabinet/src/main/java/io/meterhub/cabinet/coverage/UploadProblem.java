package io.meterhub.cabinet.coverage;

import io.meterhub.cabinet.common.Messages;

import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with an uploaded GeoJSON: the feature it is in (1-based, 0 for the file as a whole), the feature's
 * name when it has one, and the message key with its arguments (the first argument of a feature's message is the
 * feature as the user knows it: "2 «Северный»").
 */
public record UploadProblem(int feature, String featureName, String code, List<Object> args) {
    public UploadProblem {
        args = List.copyOf(args);
    }

    public String message(Locale locale) {
        return Messages.format(code, locale, args.toArray());
    }
}
