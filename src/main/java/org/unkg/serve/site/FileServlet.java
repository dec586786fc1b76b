package org.unkg.serve.site;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unkg.serve.http.Etags;

/**
 * Serves {@link ClasspathFiles} under a path prefix: {@code /static/site.css}, or
 * {@code /webjars/cytoscape/3.33.1/dist/cytoscape.min.js}. Files are immutable for the life of the jar, so they carry
 * an entity tag and may be cached for a day; they are open to any origin.
 */
final class FileServlet extends HttpServlet {

    private final transient ClasspathFiles files;
    private final String cacheControl;

    FileServlet(ClasspathFiles files, String cacheControl) {
        this.files = files;
        this.cacheControl = cacheControl;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Optional<ClasspathFiles.File> file = files.find(name);
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().write("Not found: " + request.getRequestURI() + "\n");
            return;
        }
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("ETag", file.get().etag());
        if (Etags.matches(request.getHeader("If-None-Match"), file.get().etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.get().contentType());
        response.setContentLength(file.get().body().length);
        response.getOutputStream().write(file.get().body());
    }
}
