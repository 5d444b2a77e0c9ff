/**
 * Readings: customers submit meter readings; operators review flagged readings and check them.
 * Wiring: the manual readings repository, the submission service with its cross-check, the operators' review.
 */
package io.meterhub.dashboard.readings;
