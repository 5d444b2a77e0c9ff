package io.meterhub.dashboard.ui;

import java.util.Locale;

/**
 * The text beside the login form, which staff edit (see the help feature's public pages): the login page takes it through
 * this port, so the shared ui imports no feature. Without a bean the login shows no text.
 */
public interface LoginText {
    /** HTML from the cabinet's safe Markdown renderer, in the language asked or the other one. */
    String html(Locale locale);
}
