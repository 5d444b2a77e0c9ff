/** The billing exchange's exports (issue 15): what a billing system such as 1C takes out each month, of one organization. */
package io.meterhub.cabinet.exchange;
