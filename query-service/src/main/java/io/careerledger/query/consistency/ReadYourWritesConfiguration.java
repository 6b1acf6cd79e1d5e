package io.careerledger.query.consistency;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every read of the API honours a consistency token. */
@Configuration(proxyBeanMethods = false)
class ReadYourWritesConfiguration implements WebMvcConfigurer {

    private final ReadYourWrites readYourWrites;

    ReadYourWritesConfiguration(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readYourWrites).addPathPatterns("/api/**");
    }
}
