/**
 * Appeals (обращения): a customer writes to the organization of one of their accounts; the appeal is numbered per
 * organization and year, answered within its category's term in working days, and its thread lives in correspondence.
 */
package io.meterhub.cabinet.appeals;
