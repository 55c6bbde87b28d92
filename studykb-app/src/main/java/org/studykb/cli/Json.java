package org.studykb.cli;

import tools.jackson.databind.json.JsonMapper;

/** JSON for the CLI's {@code --json} and {@code --report}: records as objects, UTF-8, indented. */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String pretty(Object value) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    }
}
