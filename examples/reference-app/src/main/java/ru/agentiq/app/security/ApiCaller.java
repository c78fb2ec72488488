package ru.agentiq.app.security;

import ru.agentiq.core.interaction.SellerId;

/**
 * Who is calling: a seller (tenant) or an admin, resolved from the API key.
 *
 * @param sellerId the seller the key acts for; null for admin keys
 * @param adminId  the admin's id; null for seller keys
 */
public record ApiCaller(SellerId sellerId, String adminId) {

    public boolean isAdmin() {
        return adminId != null;
    }
}
