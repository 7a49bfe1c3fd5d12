package org.curtaincall.platform.boundary;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.curtaincall.platform.control.DatabaseUnavailable;

/**
 * Pages whose bean fails because the database is away answer the plain 503 page themselves. Left to the PrimeFaces
 * handler, they would redirect to the error page, which needs the database for its navigation and fails in turn.
 */
public class DatabaseUnavailableExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableExceptionHandlerFactory.class.getName());

    public DatabaseUnavailableExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext(); ) {
                Throwable error = events.next().getContext().getException();
                if (faces != null && DatabaseUnavailable.isCause(error)
                        && faces.getExternalContext().getResponse() instanceof HttpServletResponse response
                        && faces.getExternalContext().getRequest() instanceof HttpServletRequest request
                        && !response.isCommitted()) {
                    LOG.warning(() -> "Database unavailable for " + request.getRequestURI() + ": " + error);
                    try {
                        response.reset();
                        DatabaseUnavailable.respond(request, response);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
                    events.remove();
                }
            }
            getWrapped().handle();
        }
    }
}
