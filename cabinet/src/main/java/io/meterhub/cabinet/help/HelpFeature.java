package io.meterhub.cabinet.help;

/** The help feature's services as the pages take them: the readers' library, the editors' desk, the public pages, the renderer. */
public record HelpFeature(HelpLibrary library, HelpDesk desk, PublicPages pages, HelpReaders readers, SafeMarkdown markdown) {
}
