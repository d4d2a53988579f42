package dev.aerie.test.docs.entities;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

// snippet:member
@Entity
public final class Member {
    @Id @GeneratedValue private final Integer id;
    private final String email;
    final boolean active;                       // package-private: read directly

    public Member(String email, Integer id, boolean active) {   // matched by name
        this.id = id;
        this.email = email;
        this.active = active;
    }
    public Integer getId() { return id; }
    public String email() { return email; }
}
// end::member
