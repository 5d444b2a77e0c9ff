/** The control panel's price list page (tariffs by service and zone, valid from a date). */
package io.meterhub.dashboard.tariffs;
