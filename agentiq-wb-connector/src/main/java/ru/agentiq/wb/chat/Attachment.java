package ru.agentiq.wb.chat;

import java.util.Locale;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * A file to send with a chat message: JPEG, PNG or PDF, at most 5 MB (30 MB per message).
 *
 * @param name        file name
 * @param contentType {@code image/jpeg}, {@code image/png} or {@code application/pdf}
 * @param content     the bytes
 */
public record Attachment(String name, String contentType, byte[] content) {

    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_TOTAL_BYTES = 30 * 1024 * 1024;

    public Attachment {
        Checks.requiredText(name, "name", 255);
        String type = Checks.requiredText(contentType, "contentType", 100).toLowerCase(Locale.ROOT);
        if (!type.equals("image/jpeg") && !type.equals("image/png") && !type.equals("application/pdf")) {
            throw new ValidationException("contentType must be image/jpeg, image/png or application/pdf, was "
                    + contentType);
        }
        contentType = type;
        Checks.required(content, "content");
        if (content.length == 0 || content.length > MAX_FILE_BYTES) {
            throw new ValidationException("an attachment must be 1 byte..5 MB, was " + content.length + " bytes");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
