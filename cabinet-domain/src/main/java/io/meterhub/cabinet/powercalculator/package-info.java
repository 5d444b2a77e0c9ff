/** Power calculator: the port of an organization's own coincidence factors per device type. */
package io.meterhub.cabinet.powercalculator;
