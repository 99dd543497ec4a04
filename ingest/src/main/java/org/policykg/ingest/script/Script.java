package org.policykg.ingest.script;

import java.util.Locale;

/** The characters a text is written in. Analysis always reads simplified characters. */
public enum Script {
    SIMPLIFIED, TRADITIONAL;

    /** As stored on the document node: {@code simplified} or {@code traditional}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
