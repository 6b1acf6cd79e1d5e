package io.careerledger.query.asof;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.careerledger.query.api.Problems;

/**
 * The views of today answer for today: a client sending {@code ?asOf=} to them is told where the
 * career as of an instant is, rather than silently given today's answer.
 */
@Component
class AsOfParameterRefusal implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/employees", "/api/employees/*", "/api/employees/*/dashboard",
                "/api/teams/*/dashboard");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getParameter("asOf") != null) {
            throw Problems.problem(HttpStatus.BAD_REQUEST, "as-of-not-here", "This view is of today and does not apply ?asOf=; "
                    + "a person's summary and dashboard as of an instant are at GET /api/employees/{employeeId}/as-of/{instant}.");
        }
        return true;
    }
}
