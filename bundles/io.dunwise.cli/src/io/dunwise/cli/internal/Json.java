package io.dunwise.cli.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one JSON style of the command line: indented, nulls written out, so every field is always present. */
final class Json {

    static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

    private Json() {
    }
}
