package io.dunwise.dsl.ide.editing;

import java.nio.file.Path;
import java.util.List;

/**
 * The strategy language's services for an editor of one {@code *.dun} file, in plain Java: validation with exact
 * locations, highlighting, completion and format. The text being edited is read together with the other strategy
 * files of its context as they are on disk, so names defined in another file resolve (R1–R4, R18).
 */
public interface StrategyEditing {

    /**
     * Parses and validates {@code text} as the content of {@code file}, with the other {@code *.dun} files under
     * {@code context} (files or folders; {@code file} itself, if found there, is replaced by {@code text}). Never
     * throws for bad text: problems are what it finds.
     */
    StrategyAnalysis analyse(Path file, String text, List<Path> context);

    /** The completions at {@code offset} of {@code text}, with the same context as {@link #analyse}. */
    List<StrategyCompletion> complete(Path file, String text, int offset, List<Path> context);

    /** {@code text} as the language's formatter lays it out; {@code text} unchanged when it has syntax errors. */
    String format(Path file, String text);
}
