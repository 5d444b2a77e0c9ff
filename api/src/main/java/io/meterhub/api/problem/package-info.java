/** RFC 9457 problems: the one shape of every refusal and failure the API answers. */
package io.meterhub.api.problem;
