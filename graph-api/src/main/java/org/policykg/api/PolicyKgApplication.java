package org.policykg.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** PolicyKG: an embedded Neo4j with Browser, the corpus ingested at start, and the REST API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyKgApplication {

    public static void main(String[] args) {
        SpringApplication.run(PolicyKgApplication.class, args);
    }
}
