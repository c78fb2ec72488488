package ru.agentiq.cli;

import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InboxSort;
import ru.agentiq.core.interaction.SellerId;

/**
 * Option converters that turn the SDK's own validation messages into picocli usage errors, so a bad value exits
 * with code 2 and the SDK's sentence instead of a conversion stack.
 */
public final class Converters {
    private Converters() {
    }

    static <T> T convert(String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (ValidationException | IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** {@code newest|priority}. */
    public static final class InboxSortConverter implements ITypeConverter<InboxSort> {
        @Override
        public InboxSort convert(String value) {
            return Converters.convert(value, InboxSort::fromWire);
        }
    }

    /** {@code review|question|chat}. */
    public static final class ChannelConverter implements ITypeConverter<Channel> {
        @Override
        public Channel convert(String value) {
            return Converters.convert(value, Channel::fromWire);
        }
    }

    /** A positive integer seller id. */
    public static final class SellerIdConverter implements ITypeConverter<SellerId> {
        @Override
        public SellerId convert(String value) {
            return Converters.convert(value, v -> SellerId.of(Long.parseLong(v.strip())));
        }
    }
}
