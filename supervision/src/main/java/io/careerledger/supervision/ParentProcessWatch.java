package io.careerledger.supervision;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * A Spring Boot application started by the launcher exits with it ({@link ParentProcess}). Watching
 * starts before the application context does, so an application still starting up goes too.
 */
public class ParentProcessWatch implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ParentProcess.exitWhenGone(event.getEnvironment().getProperty(ParentProcess.PROPERTY));
    }
}
