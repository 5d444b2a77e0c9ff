/**
 * Help pages (by topic, search, an article) for every signed-in user, the public pages (contacts, about) open without
 * login, and the editors of both for staff holding ORGANIZATION, with a live preview by the same safe renderer.
 */
package io.meterhub.dashboard.help;
