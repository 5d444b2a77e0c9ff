/**
 * АИИС КУЭ exchange over the API: measuring points (point and channel to meter and register), the
 * "макет 80020" file taken in as interval energy through the pipeline, and a day of a point written out as 80020.
 */
package io.meterhub.api.aiis;
