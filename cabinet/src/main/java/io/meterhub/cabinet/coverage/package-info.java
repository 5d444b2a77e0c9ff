/**
 * Coverage map (карта присутствия): a grid company's service areas uploaded by its staff as GeoJSON, each with its
 * settlements and serving office, and the public search that says whether a settlement is served and by which office.
 */
package io.meterhub.cabinet.coverage;
