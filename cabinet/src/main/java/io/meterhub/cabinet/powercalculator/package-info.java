/**
 * Power calculator: the maximum power a customer applies for, from the devices they list, with coincidence factors
 * per device type that each grid company may set for itself.
 */
package io.meterhub.cabinet.powercalculator;
