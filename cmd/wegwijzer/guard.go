package main

import (
	"crypto/subtle"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"strings"

	"github.com/wegwijzer/wegwijzer/internal/ratelimit"
)

// Defaults of the rate limits, per client address. A chamber of commerce whose visitors all come through one
// proxy it did not name in WEGWIJZER_TRUSTED_PROXIES shares one address: 60 new conversations and 600 turns a
// minute is still a busy evening of a regional web chat, and far below what would lift a statistics cell.
const (
	defaultTrustedProxies = "127.0.0.1, ::1" // a proxy on the same machine
	defaultRateTurns      = "600/1m"
	defaultRateNew        = "60/1m"
	defaultRateLogins     = "10/10m" // wrong dashboard logins
)

// guard is the HTTP edge's protection: who the client is, and how often it may do what.
type guard struct {
	trusted                 []netip.Prefix
	turns, convs, logins    *ratelimit.Limiter
	metricsToken, metricsAt string
}

// readGuard reads WEGWIJZER_TRUSTED_PROXIES, WEGWIJZER_RATE_TURNS, WEGWIJZER_RATE_CONVERSATIONS,
// WEGWIJZER_RATE_LOGINS, WEGWIJZER_METRICS_TOKEN and WEGWIJZER_METRICS_ADDR.
func readGuard(e env) (*guard, error) {
	g := &guard{metricsToken: envOr(e, "WEGWIJZER_METRICS_TOKEN", ""), metricsAt: envOr(e, "WEGWIJZER_METRICS_ADDR", "")}
	var err error
	if g.trusted, err = ratelimit.ParseProxies(envOr(e, "WEGWIJZER_TRUSTED_PROXIES", defaultTrustedProxies)); err != nil {
		return nil, fmt.Errorf("WEGWIJZER_TRUSTED_PROXIES: %w", err)
	}
	for _, l := range []struct {
		key, def string
		to       **ratelimit.Limiter
	}{
		{"WEGWIJZER_RATE_TURNS", defaultRateTurns, &g.turns},
		{"WEGWIJZER_RATE_CONVERSATIONS", defaultRateNew, &g.convs},
		{"WEGWIJZER_RATE_LOGINS", defaultRateLogins, &g.logins},
	} {
		limit, err := ratelimit.ParseLimit(envOr(e, l.key, l.def))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", l.key, err)
		}
		*l.to = ratelimit.New(limit, nil)
	}
	if g.metricsToken != "" && len(g.metricsToken) < 16 {
		return nil, fmt.Errorf("WEGWIJZER_METRICS_TOKEN: want at least 16 characters")
	}
	return g, nil
}

// clientIP is the client's address, behind the trusted proxies.
func (g *guard) clientIP(r *http.Request) string { return ratelimit.ClientIP(r, g.trusted) }

// metrics mounts /metrics: on its own address when WEGWIJZER_METRICS_ADDR is set (the caller serves it), behind
// WEGWIJZER_METRICS_TOKEN (Authorization: Bearer) on the main address, and not at all on the main address when
// neither is set: the figures tell an outsider how busy the service is and how it runs.
func (g *guard) metrics(main *http.ServeMux, h http.Handler, log *slog.Logger) *http.ServeMux {
	protected := h
	if g.metricsToken != "" {
		protected = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if !ok || subtle.ConstantTimeCompare([]byte(token), []byte(g.metricsToken)) != 1 {
				w.Header().Set("WWW-Authenticate", `Bearer realm="metrics"`)
				http.Error(w, "metrics need WEGWIJZER_METRICS_TOKEN as a bearer token", http.StatusUnauthorized)
				return
			}
			h.ServeHTTP(w, r)
		})
	}
	if g.metricsAt != "" {
		own := http.NewServeMux()
		own.Handle("GET /metrics", protected)
		return own
	}
	if g.metricsToken != "" {
		main.Handle("GET /metrics", protected)
		return nil
	}
	log.Info("metrics off: set WEGWIJZER_METRICS_TOKEN or WEGWIJZER_METRICS_ADDR to serve /metrics")
	return nil
}
