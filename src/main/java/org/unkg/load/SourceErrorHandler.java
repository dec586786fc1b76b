package org.unkg.load;

import org.apache.jena.riot.system.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a parser's reports into exceptions and log lines that name the file and the place in it. Errors are not
 * skipped: a store built from a file that was only partly understood would be wrong without anyone knowing.
 */
final class SourceErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SourceErrorHandler.class);

    private final String source;

    SourceErrorHandler(String source) {
        this.source = source;
    }

    @Override
    public void warning(String message, long line, long col) {
        LOG.warn("{}{}: {}", source, where(line, col), message);
    }

    @Override
    public void error(String message, long line, long col) {
        throw new StoreException(source + where(line, col) + ": " + message);
    }

    @Override
    public void fatal(String message, long line, long col) {
        throw new StoreException(source + where(line, col) + ": " + message);
    }

    private static String where(long line, long col) {
        if (line < 0) {
            return "";
        }
        return col < 0 ? ", line " + line : ", line " + line + ", column " + col;
    }
}
