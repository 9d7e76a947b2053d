package io.kubesteward.cluster.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.kubesteward.model.ContainerRole;
import io.kubesteward.model.UnreadableResource;
import io.kubesteward.model.WorkloadKind;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** How the snapshot writes values the model keeps typed: times as RFC 3339, enums as Kubernetes and people write them. */
final class Codecs {
    private Codecs() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("steward-snapshot");
        module.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(value.toString());
            }
        });
        module.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser in, DeserializationContext context) throws IOException {
                String text = in.getValueAsString();
                try {
                    return OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeParseException | NullPointerException notATime) {
                    throw context.weirdStringException(text, Instant.class, "expected an RFC 3339 time such as 2024-05-01T12:00:00Z");
                }
            }
        });
        enumCodec(module, WorkloadKind.class, WorkloadKind::kind);
        enumCodec(module, ContainerRole.class, ContainerRole::id);
        enumCodec(module, UnreadableResource.Reason.class, UnreadableResource.Reason::id);
        return module;
    }

    private static <E extends Enum<E>> void enumCodec(SimpleModule module, Class<E> type, Function<E, String> id) {
        Map<String, E> byId = new LinkedHashMap<>();
        Arrays.stream(type.getEnumConstants()).forEach(value -> byId.put(id.apply(value), value));
        module.addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(E value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(id.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public E deserialize(JsonParser in, DeserializationContext context) throws IOException {
                String text = in.getValueAsString();
                E value = byId.get(text);
                if (value == null) {
                    throw context.weirdStringException(text, type, "expected one of " + String.join(", ", byId.keySet()));
                }
                return value;
            }
        });
    }
}
