package io.poerules.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Helpers shared by the commands. */
final class Commands {

    private Commands() {
    }

    /**
     * The documents the PATH parameters name.
     *
     * @throws ParameterException when a path does not exist, or no document is found
     */
    static List<Path> documents(CommandSpec spec, List<Path> paths) {
        List<Path> files;
        try {
            files = InputFiles.expand(paths);
        } catch (InputFiles.InputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no documents found in: "
                    + String.join(" ", paths.stream().map(Path::toString).toList()));
        }
        return files;
    }

    /**
     * The documents and engagements the PATH parameters name, in the order found.
     *
     * @throws ParameterException when a path does not exist, or neither a document nor an engagement is found
     */
    static List<InputFiles.Input> inputs(CommandSpec spec, List<Path> paths) {
        List<InputFiles.Input> inputs;
        try {
            inputs = InputFiles.inputs(paths);
        } catch (InputFiles.InputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no documents found in: "
                    + String.join(" ", paths.stream().map(Path::toString).toList()));
        }
        return inputs;
    }

    /** An I/O failure in words, without the exception's class name when a plain phrase says it. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
