package org.unkg.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * {@code HEAD /sparql?query=…} answered as the GET would be, status and headers, without the body: Fuseki's query
 * operation accepts GET and POST only and answers 405. The query runs, as it must for the status to be the GET's.
 */
final class HeadAsGet implements Filter {

    private final Set<String> endpoints;

    /** For the endpoints' paths, such as {@code /sparql}. */
    HeadAsGet(Set<String> endpoints) {
        this.endpoints = Set.copyOf(endpoints);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!"HEAD".equals(request.getMethod()) || request.getParameter("query") == null
                || !endpoints.contains(request.getRequestURI())) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletRequest asGet = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
        chain.doFilter(asGet, new BodilessResponse((HttpServletResponse) resp));
    }

    /** A response whose body goes nowhere. */
    private static final class BodilessResponse extends HttpServletResponseWrapper {

        private final ServletOutputStream nowhere = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("a HEAD answer has no body to write");
            }

            @Override
            public void write(int b) {
                // dropped: HEAD has no body
            }

            @Override
            public void write(byte[] b, int off, int len) {
                // dropped: HEAD has no body
            }
        };

        BodilessResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return nowhere;
        }

        @Override
        public PrintWriter getWriter() {
            return new PrintWriter(Writer.nullWriter());
        }
    }
}
