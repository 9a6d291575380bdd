package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/wegwijzer/wegwijzer/loadtest"
)

// runLoadtest drives a running server's /api/chat with realistic dialogues and prints the figures.
func runLoadtest(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "loadtest")
	url := fs.String("url", "http://127.0.0.1:8080", "base address of a running wegwijzer serve; several replicas separated by commas (turns go to them in turn)")
	convs := fs.Int("conversations", 100, "conversations at the same time")
	turns := fs.Int("turns", 4, "turns per conversation")
	duration := fs.Duration("duration", 0, "keep talking this long (new dialogues each 4 turns); 0 = --turns per conversation")
	floor := fs.Bool("floor", false, "ask GET /healthz instead of chat turns: the floor of the server and the machine")
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("loadtest takes no arguments, only flags")
	}
	if *convs < 1 || (*turns < 1 && *duration <= 0) {
		return usagef("want --conversations >= 1 and --turns >= 1 or a --duration")
	}
	res, err := loadtest.Run(ctx, loadtest.Options{URL: *url, Conversations: *convs, Turns: *turns, Duration: *duration, Floor: *floor})
	if err != nil {
		return fmt.Errorf("loadtest: %w", err)
	}
	if *asJSON {
		return writeJSON(e.stdout, res)
	}
	fmt.Fprintf(e.stdout, "%d conversations, %d turns in %.1f s: %.0f turns/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, %d errors\n",
		res.Conversations, res.Turns, res.Seconds, res.TurnsPerSec, res.P50ms, res.P99ms, res.Maxms, res.Errors)
	var kinds []string
	for k, n := range res.ErrorsBy {
		kinds = append(kinds, fmt.Sprintf("%s: %d", k, n))
	}
	sort.Strings(kinds)
	if len(kinds) > 0 {
		fmt.Fprintf(e.stdout, "errors: %s\n", strings.Join(kinds, ", "))
	}
	return nil
}
