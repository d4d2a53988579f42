package {{package}};

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a client sends to create a {@link {{Name}}}. */
public record {{Name}}In(@NotBlank @Size(max = 200) String name) {}
