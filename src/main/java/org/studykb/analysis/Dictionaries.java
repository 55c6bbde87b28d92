package org.studykb.analysis;

import java.nio.file.Path;

/** Placeholder until the analysis branch lands: no domain data yet. */
public final class Dictionaries {
    private Dictionaries() {
    }

    public static Dictionaries load(Path configDir) {
        return new Dictionaries();
    }

    public String version() {
        return "placeholder";
    }
}
