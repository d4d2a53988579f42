package {{package}};

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a client sends to create a {@link {{Name}}}; {@code note} may be left out. */
public record {{Name}}In(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 2000) String note) {}
