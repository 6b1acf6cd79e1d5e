package io.careerledger.query.generation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Every connection starts on the active generation's schema (then {@code public}), so queries and
 * JPA repositories never name a schema. A rebuild writes elsewhere by setting
 * {@link GenerationScope#writingTo(String)} on its own thread.
 */
class GenerationDataSource extends DelegatingDataSource {

    private final Generations generations;

    GenerationDataSource(DataSource target, Generations generations) {
        super(target);
        this.generations = generations;
    }

    Generations generations() {
        return generations;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return onGeneration(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return onGeneration(super.getConnection(username, password));
    }

    private Connection onGeneration(Connection connection) throws SQLException {
        String schema = GenerationScope.target().orElseGet(generations::active);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema + ", public");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
