package demandgen_test

import (
	"context"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/internal/demandgen"
	"github.com/wegwijzer/wegwijzer/internal/testsys"
)

func TestRunIsRepeatableAndSpreadsOverThePeriod(t *testing.T) {
	now := time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)
	run := func() (*demandgen.Stats, []wegwijzer.Message) {
		e := testsys.Engine(t, bot.Options{})
		var seen []wegwijzer.Message
		handle := func(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
			seen = append(seen, m)
			return e.Handle(ctx, m)
		}
		st, err := demandgen.Run(context.Background(), handle, demandgen.Options{Turns: 60, Seed: 3, Weeks: 4, Now: now})
		if err != nil {
			t.Fatal(err)
		}
		return st, seen
	}
	a, msgs := run()
	b, _ := run()
	if a.Turns < 60 || a.Conversations == 0 || a.Turns != b.Turns || a.Conversations != b.Conversations {
		t.Errorf("stats %+v then %+v: want at least 60 turns, the same twice", a, b)
	}
	for _, m := range msgs {
		if m.Time.After(now) || m.Time.Before(now.Add(-4*7*24*time.Hour-time.Hour)) || m.User == "" {
			t.Fatalf("message %+v outside the period or without a user", m)
		}
	}
	if _, err := demandgen.Run(context.Background(), nil, demandgen.Options{}); err == nil {
		t.Error("Run with no turns succeeded")
	}
}
