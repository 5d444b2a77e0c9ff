/**
 * Appeals' pages: the customer's list, form and appeal with its thread ({@code appeals/...}), and the staff's queue and card
 * ({@code admin/appeals/...}, module APPEALS).
 */
package io.meterhub.dashboard.appeals;
