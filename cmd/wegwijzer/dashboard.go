package main

import (
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
	"github.com/wegwijzer/wegwijzer/index"
)

// dashboardTokens reads WEGWIJZER_DASHBOARD_TOKENS: "community=token,...", with "*=token" for a login that sees
// every community. Tokens must be long enough to resist guessing.
func dashboardTokens(e env) (map[string]string, error) {
	tokens := map[string]string{}
	for pair := range strings.SplitSeq(envOr(e, "WEGWIJZER_DASHBOARD_TOKENS", ""), ",") {
		if pair = strings.TrimSpace(pair); pair == "" {
			continue
		}
		login, token, ok := strings.Cut(pair, "=")
		if !ok || strings.TrimSpace(login) == "" || len(strings.TrimSpace(token)) < 16 {
			return nil, fmt.Errorf("WEGWIJZER_DASHBOARD_TOKENS: want community=token pairs with tokens of at least 16 characters")
		}
		tokens[strings.TrimSpace(login)] = strings.TrimSpace(token)
	}
	return tokens, nil
}

// mountDashboard serves the community managers' dashboard under /dashboard/; without tokens it answers that it is
// off (never without authentication).
func mountDashboard(mux *http.ServeMux, e env, sys *system, g *guard, log *slog.Logger) error {
	tokens, err := dashboardTokens(e)
	if err != nil {
		return err
	}
	h := dashboard.New(sys.demand.log, sys.demand.review, sys.cat, log, dashboard.Options{
		Tokens:          tokens,
		ConversationTTL: sys.ttl,
		Logins:          g.logins,
		ClientIP:        g.clientIP,
		Link: func(question, offerID string) error {
			return sys.currentIndex().AddLink(index.Link{Question: question, OfferID: offerID})
		},
	})
	mux.Handle("/dashboard/", h)
	mux.Handle("GET /dashboard", http.RedirectHandler("/dashboard/", http.StatusMovedPermanently))
	if len(tokens) > 0 {
		log.Info("dashboard on", "path", "/dashboard/", "logins", len(tokens))
	}
	return nil
}
