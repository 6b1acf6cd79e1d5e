package io.careerledger.local;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A kind of service the local stack runs replicas of: {@code <name>.jar} from the services directory,
 * replica {@code i} on {@code firstPort + 100 i} (the first port set by {@code -D<portProperty>}), with
 * the arguments it needs to find the rest of the stack, and ready when its readiness probe says so.
 * Another kind of service is one more entry in {@link #ALL}.
 *
 * @param replicated whether it runs {@code --replicas N} times; the web app runs once, its sessions in memory
 * @param arguments the program arguments of a replica, from the stack's layout and the replica's port
 */
record ServiceKind(String name, String portProperty, int defaultFirstPort, boolean replicated,
                   BiFunction<StackLayout, Integer, List<String>> arguments) {

    static final int REPLICA_PORT_STEP = 100;
    static final String READINESS_PATH = "/actuator/health/readiness";

    static final List<ServiceKind> ALL = List.of(
            new ServiceKind("web", "careerledger.web.port", 8080, false,
                    (stack, port) -> List.of("--spring.profiles.active=local", "--server.port=" + port,
                            "--careerledger.command-service-url=" + stack.services().commandServiceUrl(),
                            "--careerledger.query-service-url=" + stack.services().queryServiceUrl())),
            new ServiceKind("command-service", "careerledger.command.port", 8081, true,
                    (stack, port) -> springService(stack, "command_service", port)),
            new ServiceKind("query-service", "careerledger.query.port", 8082, true,
                    // it opens the topic's personal fields with keys from the command-service's key API
                    (stack, port) -> join(springService(stack, "query_service", port),
                            "--careerledger.personal-data.key-service=" + stack.services().commandServiceUrl())));

    /** The databases the services use, created by the stack's PostgreSQL before it counts as ready. */
    static final List<String> DATABASES = List.of("command_service", "query_service");

    String jar() {
        return name + ".jar";
    }

    int replicas(int stackReplicas) {
        return replicated ? stackReplicas : 1;
    }

    int port(int firstPort, int replica) {
        return firstPort + REPLICA_PORT_STEP * replica;
    }

    static ServiceKind named(String name) {
        return ALL.stream().filter(kind -> kind.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    private static List<String> join(List<String> arguments, String... more) {
        List<String> joined = new ArrayList<>(arguments);
        joined.addAll(List.of(more));
        return joined;
    }

    private static List<String> springService(StackLayout stack, String database, int port) {
        return List.of("--spring.profiles.active=local",
                "--spring.datasource.url=" + stack.database(database),
                "--spring.kafka.bootstrap-servers=" + stack.kafkaBootstrapServers(),
                "--server.port=" + port);
    }
}
