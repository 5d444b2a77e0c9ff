/**
 * Coverage map (карта присутствия): the port of a grid company's service areas (polygons, settlements, the serving
 * office).
 */
package io.meterhub.cabinet.coverage;
