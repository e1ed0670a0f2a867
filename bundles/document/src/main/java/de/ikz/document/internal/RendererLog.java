package de.ikz.document.internal;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf's log (java.util.logging by default, several INFO lines per document) through
 * SLF4J: its warnings as WARN, everything else as DEBUG. Set once; openhtmltopdf keeps the logger
 * in a static field.
 */
final class RendererLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

    private RendererLog() {
    }

    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof RendererLog)) {
            XRLog.setLoggerImpl(new RendererLog());
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, msg, th);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the SLF4J backend's
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic d) {
        return d.getLevel().intValue() >= Level.WARNING.intValue() || LOG.isDebugEnabled();
    }
}
