package io.meterhub.api.registry;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A registry item as the API answers it: the organization it belongs to beside its own fields. */
public record Listed<T>(String organization, @JsonUnwrapped T item) {
}
