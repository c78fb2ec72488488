package ru.agentiq.wb.chat;

/**
 * The result of downloading an attachment: the file, or why it is not available yet.
 *
 * @param state        what WB said
 * @param contentType  the file's type when downloaded
 * @param content      the bytes when downloaded; empty otherwise
 * @param retrySeconds when pending moderation: how long WB asks to wait
 */
public record Download(State state, String contentType, byte[] content, Integer retrySeconds) {

    /** Outcomes of {@code GET /api/v1/seller/download/{id}}. */
    public enum State {
        /** 200: the file. */
        READY,
        /** 202: still being moderated; try again after {@code retrySeconds}. */
        PENDING_MODERATION,
        /** 451: moderation refused the file; it will never be available. */
        BLOCKED
    }

    public Download {
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
