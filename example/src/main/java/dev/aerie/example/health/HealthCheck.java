package dev.aerie.example.health;

/** Whether something the service needs works right now. */
@FunctionalInterface
public interface HealthCheck {
    boolean up();
}
