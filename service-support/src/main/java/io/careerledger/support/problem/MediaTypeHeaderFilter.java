package io.careerledger.support.problem;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a {@code Content-Type} or {@code Accept} header that isn't a media type (or a content type with a
 * wildcard, which names no format) before anything reads the request. Spring MVC would otherwise fail on it
 * with a 500, or answer 406 with no body because the problem itself can't be negotiated.
 */
class MediaTypeHeaderFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !isConcrete(contentType)) {
            ProblemWriter.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Content-Type '" + contentType + "' is not a concrete media type; send application/json.");
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && !isMediaTypeList(accept)) {
            ProblemWriter.write(response, HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                    "Accept '" + accept + "' is not a list of media types; this API answers application/json.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isConcrete(String header) {
        try {
            MediaType type = MediaType.parseMediaType(header);
            type.getCharset(); // an unknown charset throws here rather than in the message converter
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (IllegalArgumentException e) { // an InvalidMediaTypeException, or an unknown charset
            return false;
        }
    }

    private static boolean isMediaTypeList(String header) {
        try {
            MediaType.parseMediaTypes(header);
            return true;
        } catch (IllegalArgumentException e) { // an InvalidMediaTypeException, or an unknown charset
            return false;
        }
    }
}
