/**
 * Coverage map (карта присутствия): the public map of the grid companies' service areas with the settlement search
 * and the staff's upload of the areas (and of the power calculator's coincidence factors, on the same page).
 */
package io.meterhub.dashboard.coverage;
