/**
 * Help and information pages: articles by topic in Russian and English over the product's defaults, searchable, linked from
 * the hard places; the public pages (login text, contacts, about) with their versions; all Markdown shown through SafeMarkdown.
 */
package io.meterhub.cabinet.help;
