package io.careerledger.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Where everything of the local stack lives: the data directory, every port, how many replicas of
 * each service. Read from system properties (and {@code --replicas N}); written back as the same
 * properties, for a launcher started by a test.
 *
 * @param firstPorts the port of the first replica of each kind of service, by name
 */
public record StackLayout(Path data, int postgresPort, int kafkaPort, int kafkaControllerPort, int replicas,
                   Map<String, Integer> firstPorts, boolean seedDemo) {

    /** Every port a free one (each service's replicas {@link ServiceKind#REPLICA_PORT_STEP} apart), for a stack of a test or the benchmark. */
    public static StackLayout onFreePorts(Path data, int replicas, boolean seedDemo) {
        Map<String, Integer> firstPorts = new LinkedHashMap<>();
        ServiceKind.ALL.forEach(kind -> firstPorts.put(kind.name(), FreePorts.spaced(replicas, ServiceKind.REPLICA_PORT_STEP)));
        return new StackLayout(data, FreePorts.one(), FreePorts.one(), FreePorts.one(), replicas, firstPorts, seedDemo);
    }

    static StackLayout fromSystemProperties(String... args) {
        int replicas = Integer.getInteger("careerledger.replicas", 1);
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--replicas")) {
                replicas = Integer.parseInt(args[i + 1]);
            }
        }
        if (replicas < 1) {
            throw new IllegalArgumentException("--replicas must be at least 1, was " + replicas);
        }
        int kafkaPort = Integer.getInteger("careerledger.kafka.port", 9092);
        Map<String, Integer> firstPorts = new LinkedHashMap<>();
        ServiceKind.ALL.forEach(kind -> firstPorts.put(kind.name(), Integer.getInteger(kind.portProperty(), kind.defaultFirstPort())));
        return new StackLayout(Path.of(System.getProperty("careerledger.data", ".data")).toAbsolutePath(),
                Integer.getInteger("careerledger.postgres.port", 15432), kafkaPort,
                Integer.getInteger("careerledger.kafka.controller.port", kafkaPort + 1), replicas, firstPorts,
                Boolean.parseBoolean(System.getProperty("careerledger.demo", "true")));
    }

    /** The system properties that give a launcher this layout. */
    List<String> asSystemProperties() {
        List<String> properties = new ArrayList<>(List.of("-Dcareerledger.data=" + data,
                "-Dcareerledger.postgres.port=" + postgresPort, "-Dcareerledger.kafka.port=" + kafkaPort,
                "-Dcareerledger.kafka.controller.port=" + kafkaControllerPort, "-Dcareerledger.replicas=" + replicas,
                "-Dcareerledger.demo=" + seedDemo));
        ServiceKind.ALL.forEach(kind -> properties.add("-D" + kind.portProperty() + "=" + firstPorts.get(kind.name())));
        return properties;
    }

    public String database(String name) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + name;
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    List<Integer> ports(ServiceKind kind) {
        return IntStream.range(0, kind.replicas(replicas)).mapToObj(replica -> kind.port(firstPorts.get(kind.name()), replica)).toList();
    }

    public CareerLedgerServices services() {
        Map<String, List<String>> urls = new LinkedHashMap<>();
        ServiceKind.ALL.forEach(kind -> urls.put(kind.name(), ports(kind).stream().map(port -> "http://localhost:" + port).toList()));
        return new CareerLedgerServices(urls);
    }
}
