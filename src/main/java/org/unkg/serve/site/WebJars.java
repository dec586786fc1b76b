package org.unkg.serve.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.webjars.WebJarVersionLocator;

/**
 * Addresses of WebJar files on this server: {@code path("cytoscape", "dist/cytoscape.min.js")} is
 * {@code /webjars/cytoscape/3.33.1/dist/cytoscape.min.js}. The version comes from the WebJar on the classpath, so a
 * version bump in the POM is the only change an upgrade needs, and the versioned address lets browsers cache it.
 */
public final class WebJars {

    /** Where {@link SiteModule} serves the WebJars. */
    public static final String PREFIX = "/webjars/";

    private static final WebJarVersionLocator LOCATOR = new WebJarVersionLocator();
    private static final Map<String, String> PATHS = new ConcurrentHashMap<>();

    private WebJars() {
    }

    /** The server path of a file of a WebJar; fails if the WebJar or the file is not on the classpath. */
    public static String path(String webJar, String file) {
        return PATHS.computeIfAbsent(webJar + "/" + file, key -> {
            String version = LOCATOR.version(webJar);
            if (version == null) {
                throw new IllegalStateException("the WebJar " + webJar + " is not on the classpath");
            }
            String resource = WebJarVersionLocator.WEBJARS_PATH_PREFIX + "/" + webJar + "/" + version + "/" + file;
            if (WebJars.class.getClassLoader().getResource(resource) == null) {
                throw new IllegalStateException("the WebJar " + webJar + " " + version + " has no file " + file);
            }
            return PREFIX + webJar + "/" + version + "/" + file;
        });
    }
}
