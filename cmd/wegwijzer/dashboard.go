package main

import (
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
	"github.com/wegwijzer/wegwijzer/adapters/dashboard/boltaccounts"
	"github.com/wegwijzer/wegwijzer/adapters/dashboard/redisaccounts"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/index"
	"github.com/wegwijzer/wegwijzer/store/redisstore"
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

// openAccounts opens where invites and sessions are kept: Redis when WEGWIJZER_REDIS_URL is set (then the
// commands work while serve runs), else dashboard.db in the data folder (locked by a running serve).
func openAccounts(c config) (dashboard.Accounts, func() error, error) {
	if c.redisURL != "" {
		rdb, err := redisstore.NewClient(c.redisURL, redisstore.Timeouts{})
		if err != nil {
			return nil, nil, fmt.Errorf("WEGWIJZER_REDIS_URL: %w", err)
		}
		return redisaccounts.New(rdb, ""), rdb.Close, nil
	}
	if err := os.MkdirAll(c.dataDir, 0o700); err != nil {
		return nil, nil, fmt.Errorf("data folder: %w", err)
	}
	a, err := boltaccounts.Open(c.dataDir)
	if err != nil {
		return nil, nil, err
	}
	return a, a.Close, nil
}

// mountDashboard serves the dashboard under /dashboard/: people sign in with invites (`wegwijzer dashboard
// invite`), and the Basic-auth logins of WEGWIJZER_DASHBOARD_TOKENS keep working next to them.
func mountDashboard(mux *http.ServeMux, e env, c config, sys *system, g *guard, log *slog.Logger) error {
	tokens, err := dashboardTokens(e)
	if err != nil {
		return err
	}
	ds, err := readDemandSettings(e)
	if err != nil {
		return err
	}
	accounts, closeAccounts, err := openAccounts(c)
	if err != nil {
		return err
	}
	sys.closers = append(sys.closers, closeAccounts)
	h := dashboard.New(sys.demand.log, sys.demand.review, sys.cat, log, dashboard.Options{
		Tokens:          tokens,
		Accounts:        accounts,
		SecureCookie:    envOr(e, "WEGWIJZER_DASHBOARD_SECURE_COOKIE", "") == "1",
		K:               ds.minGroup,
		ConversationTTL: sys.ttl,
		Logins:          g.logins,
		ClientIP:        g.clientIP,
		// The way to reach a person is kept with their conversation only; the desk reads it there.
		Desk: demand.NewDesk(sys.store, sys.demand.ps, sys.ttl),
		Link: func(question, offerID string) error {
			return sys.currentIndex().AddLink(index.Link{Question: question, OfferID: offerID})
		},
	})
	mux.Handle("/dashboard/", h)
	mux.Handle("GET /dashboard", http.RedirectHandler("/dashboard/", http.StatusMovedPermanently))
	log.Info("dashboard on", "path", "/dashboard/", "basic_logins", len(tokens))
	return nil
}
