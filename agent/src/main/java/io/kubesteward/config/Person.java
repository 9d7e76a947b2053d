package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A commit identity. */
public record Person(String name, String email) {
    public static final Person STEWARD = new Person("Steward", "steward@users.noreply.kubesteward.io");

    @JsonCreator
    public Person(@JsonProperty(value = "name", required = true) String name, @JsonProperty(value = "email", required = true) String email) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("'name' must not be empty");
        }
        if (email == null || !email.matches("[^@\\s<>]+@[^@\\s<>]+")) {
            throw new IllegalArgumentException("'email' must look like someone@example.com, got '" + email + "'");
        }
        this.name = name;
        this.email = email;
    }
}
