/**
 * The control panel's API keys (Ключи API): the organization's administrator lists, makes and revokes
 * the keys its systems call the integration API with; a new key is shown once.
 */
package io.meterhub.dashboard.apikeys;
