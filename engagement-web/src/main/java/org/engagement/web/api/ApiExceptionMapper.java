package org.engagement.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.importing.ImportRefusedException;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidLinesException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.sharing.TransitionRefusedException;
import org.engagement.web.security.RequestSizeLimitFilter;

/**
 * Turns every failure into JSON with the right status: bad input 400 with the fields, not allowed 403,
 * missing 404, stale version 409. Anything unexpected is 500 with an incident id, logged with its stack
 * trace, and never shown to the caller.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        if (exception instanceof WebApplicationException web) {
            return fromWebApplication(web);
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            Response known = known(cause);
            if (known != null) {
                return known;
            }
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API incident " + incident, exception);
        return json(
                Status.INTERNAL_SERVER_ERROR,
                ApiError.of(
                        "Something went wrong on the server (incident " + incident + "). Nothing was saved; try again, "
                                + "and if it happens again give the incident number to your administrator."));
    }

    private static Response known(Throwable cause) {
        if (cause instanceof RequestSizeLimitFilter.RequestTooLargeException tooLarge) {
            return json(Status.REQUEST_ENTITY_TOO_LARGE, ApiError.of(tooLarge.getMessage()));
        }
        if (cause instanceof InvalidLinesException lines) {
            return json(
                    Status.BAD_REQUEST,
                    new ApiError(
                            "The file was not imported: " + lines.lines().size()
                                    + " line(s) need correcting. Nothing was saved.",
                            lines.lines().stream()
                                    .map(e -> new ApiError.Problem(null, e.line(), e.message()))
                                    .toList()));
        }
        if (cause instanceof ImportRefusedException refused) {
            return json(
                    Status.BAD_REQUEST,
                    new ApiError(
                            refused.problems().size() + " problem(s) in the file; nothing was imported.",
                            refused.problems().stream()
                                    .map(p -> new ApiError.Problem(p.column(), p.line(), p.message()))
                                    .toList()));
        }
        if (cause instanceof InvalidInputException invalid) {
            return json(
                    Status.BAD_REQUEST,
                    new ApiError(
                            invalid.getMessage(),
                            invalid.errors().stream()
                                    .map(e -> ApiError.Problem.ofField(e.field(), e.message()))
                                    .toList()));
        }
        if (cause instanceof ConstraintViolationException violations) {
            List<ApiError.Problem> problems = violations.getConstraintViolations().stream()
                    .map(v -> ApiError.Problem.ofField(
                            lastNode(v.getPropertyPath().toString()), v.getMessage()))
                    .toList();
            return json(Status.BAD_REQUEST, new ApiError("The request has invalid fields.", problems));
        }
        if (cause instanceof NotFoundException) {
            return json(Status.NOT_FOUND, ApiError.of(cause.getMessage()));
        }
        if (cause instanceof AccessDeniedException) {
            return json(Status.FORBIDDEN, ApiError.of(cause.getMessage()));
        }
        if (cause instanceof TransitionRefusedException refused) {
            return json(
                    Status.CONFLICT,
                    new ApiError(
                            refused.getMessage(),
                            refused.reasons().stream()
                                    .map(reason -> ApiError.Problem.ofField("to", reason))
                                    .toList()));
        }
        if (cause instanceof ConflictException) {
            return json(Status.CONFLICT, ApiError.of(cause.getMessage()));
        }
        if (cause instanceof OptimisticLockException) {
            return json(
                    Status.CONFLICT,
                    ApiError.of("Someone else changed this record at the same time. "
                            + "Fetch it again and reapply your change."));
        }
        if (cause instanceof JsonbException) {
            return json(
                    Status.BAD_REQUEST,
                    ApiError.of("The request body is not valid JSON for this endpoint: " + cause.getMessage()));
        }
        return null;
    }

    private static Response fromWebApplication(WebApplicationException web) {
        Response original = web.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        Throwable cause = web.getCause();
        if (cause != null && known(cause) != null) {
            return known(cause);
        }
        int status = original.getStatus();
        String message = switch (status) {
            case 401 -> "Sign in: send your username and password with HTTP Basic authentication.";
            case 403 -> "Your account's roles do not allow this request.";
            case 404 -> "There is nothing at this address. Check the path against the API documentation at /openapi.";
            case 405 -> "This address does not accept that HTTP method.";
            case 415 -> "Send the body in the format this endpoint accepts (see /openapi).";
            default -> web.getMessage();
        };
        // Keep the original's headers (a 405's Allow, a 401's WWW-Authenticate), with a JSON body.
        return Response.fromResponse(original)
                .status(Status.fromStatusCode(status) == null ? Status.BAD_REQUEST.getStatusCode() : status)
                .type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(message))
                .build();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static Response json(Status status, ApiError error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(error)
                .build();
    }
}
