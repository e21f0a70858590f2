package org.doorman.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code doorman import SOURCE ...}: brings data from another network in. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Imports data from another network.",
        subcommands = LinkedInImportCommand.class)
final class ImportCommand implements Runnable {

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Name what to import, e.g. linkedin.");
    }
}
