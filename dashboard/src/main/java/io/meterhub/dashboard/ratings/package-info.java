/** The customer's rating block, shared by the pages of what is rated: an answered appeal, a held visit. */
package io.meterhub.dashboard.ratings;
