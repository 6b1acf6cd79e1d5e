package io.careerledger.support.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

import io.careerledger.support.input.PlainTextParameters;

/**
 * Problems at the edges of both services, where no controller advice reaches: headers that aren't media
 * types, requests the container or the firewall refuses, and Spring MVC refusals without a problem type.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@Import({ProblemTypes.class, ProblemErrorController.class, PlainTextParameters.class})
public class ProblemEdges {

    @Bean
    FilterRegistrationBean<MediaTypeHeaderFilter> mediaTypeHeaderFilter() {
        FilterRegistrationBean<MediaTypeHeaderFilter> registration = new FilterRegistrationBean<>(new MediaTypeHeaderFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.tomcat.TomcatWebServer")
    ProblemErrorReportValve.Installer problemErrorReportValve() {
        return new ProblemErrorReportValve.Installer();
    }
}
