package org.unkg.cli;

import org.unkg.common.Version;
import picocli.CommandLine.IVersionProvider;

/** The {@code --version} of every command: the program's {@link Version}. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"unkg " + Version.current()};
    }
}
