package ru.agentiq.benchmarks.wb;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Generates WB feedback list pages in the Aug-2026 shape (all 29 fields, Russian texts). */
final class FeedbackPages {

    private static final String[] TEXTS = {
        "Ткань тонкая, после стирки села на размер. Продавец, проверьте партию.",
        "Отличное платье, сидит идеально, цвет как на фото.",
        "Пришёл не тот размер, заказывала M, пришёл S. Хочу обменять.",
        "Нормально за свои деньги, но швы кривые.",
    };

    private FeedbackPages() {
    }

    static Instant createdAt(int index) {
        return Instant.parse("2026-08-01T00:00:00Z").minusSeconds(37L * index);
    }

    /** Items {@code [from, from + count)} of a listing, newest first, as a WB response body. */
    static byte[] page(String prefix, int from, int count, boolean answered) {
        StringBuilder json = new StringBuilder(count * 1_100 + 200);
        json.append("{\"data\":{\"countUnanswered\":10000,\"countArchive\":10000,\"feedbacks\":[");
        for (int i = from; i < from + count; i++) {
            if (i > from) {
                json.append(',');
            }
            int rating = 1 + i % 5;
            json.append("{\"id\":\"").append(prefix).append(i).append("\",\"text\":\"").append(TEXTS[i % 4])
                    .append("\",\"pros\":\"Цвет, посадка\",\"cons\":\"").append(i % 3 == 0 ? "" : "Маломерит")
                    .append("\",\"productValuation\":").append(rating)
                    .append(",\"createdDate\":\"").append(createdAt(i)).append('"')
                    .append(",\"answer\":").append(answered ? "{\"text\":\"Спасибо за отзыв!\",\"state\":\"wbRu\","
                            + "\"editable\":false}" : "null")
                    .append(",\"state\":\"").append(answered ? "wbRu" : "none").append('"')
                    .append(",\"productDetails\":{\"imtId\":").append(700_000 + i % 97).append(",\"nmId\":")
                    .append(14_000_000 + i % 113).append(",\"productName\":\"Платье летнее\",\"supplierArticle\":\"")
                    .append("DRESS-").append(i % 113).append("\",\"supplierName\":\"ООО Ромашка\",\"brandName\":")
                    .append("\"Ромашка\",\"size\":\"M\"},\"video\":null,\"wasViewed\":").append(i % 2 == 0)
                    .append(",\"photoLinks\":[{\"fullSize\":\"https://feedback04.wbbasket.ru/vol1/part1/f.webp\",")
                    .append("\"miniSize\":\"https://feedback04.wbbasket.ru/vol1/part1/m.webp\"}]")
                    .append(",\"userName\":\"Анна\",\"orderStatus\":\"buyout\",\"matchingSize\":\"ok\"")
                    .append(",\"isAbleSupplierFeedbackValuation\":false,\"supplierFeedbackValuation\":0")
                    .append(",\"isAbleSupplierProductValuation\":false,\"supplierProductValuation\":0")
                    .append(",\"isAbleReturnProductOrders\":false,\"returnProductOrdersDate\":null")
                    .append(",\"bables\":[\"качество\"],\"lastOrderShkId\":").append(44_660_208_916L + i)
                    .append(",\"lastOrderCreatedAt\":\"2026-07-20T10:00:00Z\",\"color\":\"синий\"")
                    .append(",\"subjectId\":69,\"subjectName\":\"Платья\",\"parentFeedbackId\":null")
                    .append(",\"childFeedbackId\":null}");
        }
        json.append("]},\"error\":false,\"errorText\":\"\",\"additionalErrors\":null}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
