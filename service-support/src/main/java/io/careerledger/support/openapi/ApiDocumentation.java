package io.careerledger.support.openapi;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import io.careerledger.support.security.ResourceServerProperties;

/**
 * Both services' OpenAPI documents follow the same conventions, so that Swagger UI and linters (redocly's
 * recommended rules) accept them: a bearer-JWT scheme on every operation outside the public paths, one
 * RFC 9457 problem schema for every 4xx, the success code each endpoint really answers, tags in the domain's
 * words. A service only says what it is: its {@link ApiDocument} bean.
 */
@AutoConfiguration
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@ConditionalOnBean(ApiDocument.class)
public class ApiDocumentation {

    public static final String BEARER_JWT = "bearer-jwt";

    @Bean
    OpenAPI openApi(ApiDocument document) {
        return new OpenAPI()
                .info(new Info().title(document.title()).version(document.version()).description(document.description()))
                // relative: the service serving the document, wherever it runs (Swagger UI's "Try it out" calls it)
                .servers(List.of(new Server().url("/").description("This service")))
                .components(new Components()
                        .addSecuritySchemes(BEARER_JWT, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT")
                                .description("A JWT whose `sub` is the person acting and whose `roles` claim lists EMPLOYEE, "
                                        + "MANAGER, HR, COUNCIL or ADMIN. Locally, `POST /dev/tokens` on the command-service "
                                        + "issues one; paste its `token` into Authorize.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_JWT));
    }

    @Bean
    GlobalOperationCustomizer responseCodes() {
        return new ResponseCodes();
    }

    @Bean
    GlobalOpenApiCustomizer documentConventions(ApiDocument document, ResourceServerProperties security) {
        return new DocumentConventions(document, security.publicPaths());
    }
}
