package ru.agentiq.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.agentiq.app.AppProperties;
import ru.agentiq.core.interaction.SellerId;

/**
 * Resolves {@code Authorization: Bearer <key>} (or {@code X-Api-Key: <key>}) to an {@link ApiCaller}. Keys are
 * compared in constant time and never logged. A request without a known key stays anonymous and is refused by the
 * security rules with 401.
 */
public final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final Map<String, ApiCaller> callers = new HashMap<>();

    public ApiKeyAuthenticationFilter(AppProperties properties) {
        for (AppProperties.SellerKey seller : properties.getSellers()) {
            callers.put(seller.getApiKey(), new ApiCaller(SellerId.of(seller.getSellerId()), null));
        }
        for (AppProperties.AdminKey admin : properties.getAdmins()) {
            callers.put(admin.getApiKey(), new ApiCaller(null, admin.getAdminId()));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = presentedKey(request);
        ApiCaller caller = key == null ? null : lookup(key);
        if (caller != null) {
            String role = caller.isAdmin() ? "ROLE_ADMIN" : "ROLE_SELLER";
            var authentication = new UsernamePasswordAuthenticationToken(caller, null,
                    List.of(new SimpleGrantedAuthority(role)));
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        String header = request.getHeader("X-Api-Key");
        return header == null ? null : header.strip();
    }

    private ApiCaller lookup(String presented) {
        byte[] given = presented.getBytes(StandardCharsets.UTF_8);
        ApiCaller found = null;
        for (Map.Entry<String, ApiCaller> entry : callers.entrySet()) {
            // constant-time per key so response timing does not reveal how much of a key matched
            if (MessageDigest.isEqual(entry.getKey().getBytes(StandardCharsets.UTF_8), given)) {
                found = entry.getValue();
            }
        }
        return found;
    }
}
