/**
 * The billing exchange with 1C and other billing systems over HTTP: imports by the control panel's data
 * loading rules (JSON items and its CSV/XLSX templates), and exports a page at a time, as JSON or CSV.
 */
package io.meterhub.api.exchange;
