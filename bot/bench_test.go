package bot_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
	"github.com/wegwijzer/wegwijzer/store/redisstore"
)

// questions turn over a set of specific questions, so that every turn searches and answers.
var benchQuestions = []string{
	"subsidie voor een elektrische bestelbus", "zonnepanelen op het dak van de loods", "ik wil een leerling aannemen",
	"hoe schrijf ik mijn bedrijf in bij de kvk", "mijn bedrijf is gehackt", "lening voor een nieuwe machine",
	"wat is de wbso", "regels voor wegwerpbekers in mijn horecazaak",
}

func benchTurns(b *testing.B, e *bot.Engine) {
	ctx := context.Background()
	i := 0
	for b.Loop() {
		// With an event id, as Slack and Discord send: the turn checks it against the events handled and keeps
		// its reply (a web chat turn has none and keeps no reply).
		m := wegwijzer.Message{Conversation: fmt.Sprintf("b%d", i%100), User: "bench", Text: benchQuestions[i%len(benchQuestions)],
			EventID: fmt.Sprintf("slack:C0BENCH:%d.%06d", 1700000000+i, i)}
		if _, err := e.Handle(ctx, m); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkSearchOnly is the search part of a turn, for comparison with the turn benchmarks: the search a turn
// makes for a new question (decide's, with the same number of results).
func BenchmarkSearchOnly(b *testing.B) {
	_, ix := mustSearch(b)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := ix.Search(ctx, wegwijzer.Query{Text: benchQuestions[i%len(benchQuestions)], Top: bot.SearchTop}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// servedPrivacy is the privacy seam as serve sets it up: the catalogue's scrubber (which knows the names of
// places, offers and providers) and the demand log's keyed pseudonyms.
func servedPrivacy(b *testing.B) bot.Privacy {
	cat, _ := mustSearch(b)
	ps, err := demand.NewPseudonymizer([]byte("bench-pseudonym-key-of-32-bytes!"))
	if err != nil {
		b.Fatal(err)
	}
	return bot.Privacy{Person: ps.Person, Scrub: demand.Scrubber(cat).Text}
}

// BenchmarkTurnBolt is one turn (load, understand, search, save) on the embedded store, as served.
func BenchmarkTurnBolt(b *testing.B) {
	benchTurns(b, newEngine(b, mustBolt(b), bot.Options{Privacy: servedPrivacy(b)}))
}

func benchRedis(b *testing.B) (*redistest.Server, *redisstore.Store) {
	srv := redistest.Start(b)
	st, err := redisstore.Open(context.Background(), srv.URL())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return srv, st
}

// BenchmarkTurnRedis is one turn on Redis, as serve runs it: through the privacy seam with serve's scrubber and
// pseudonyms. (The demand log's hook, which serve runs after the turn, is measured by demand's benchmarks.)
func BenchmarkTurnRedis(b *testing.B) {
	_, st := benchRedis(b)
	benchTurns(b, newEngine(b, st, bot.Options{Privacy: servedPrivacy(b)}))
}

// BenchmarkTurnRedisStoreUnscrubbed is a turn on Redis whose store step does not scrub again what the dialogue
// already scrubbed: the dialogue's own share of a turn (understand, search, decide, compose, load, save).
func BenchmarkTurnRedisStoreUnscrubbed(b *testing.B) {
	_, st := benchRedis(b)
	benchTurns(b, newEngine(b, st, bot.Options{Privacy: bot.Privacy{Scrub: func(s string) string { return s }}}))
}

// BenchmarkRawGetSet is the floor: one go-redis GET and one SET of a conversation-sized value.
func BenchmarkRawGetSet(b *testing.B) {
	srv, _ := benchRedis(b)
	c := redis.NewClient(&redis.Options{Addr: srv.Addr()})
	defer c.Close()
	ctx := context.Background()
	value := make([]byte, 2048)
	for b.Loop() {
		if err := c.Get(ctx, "k").Err(); err != nil && err != redis.Nil {
			b.Fatal(err)
		}
		if err := c.Set(ctx, "k", value, time.Hour).Err(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTurnRedis8Workers runs turns from 8 concurrent workers on many conversations and reports turns/s.
func BenchmarkTurnRedis8Workers(b *testing.B) {
	_, st := benchRedis(b)
	e := newEngine(b, st, bot.Options{})
	ctx := context.Background()
	var n atomic.Int64
	b.SetParallelism(8 / max(1, runtimeProcs()))
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			m := wegwijzer.Message{Conversation: fmt.Sprintf("p%d", i%1000), User: "bench", Text: benchQuestions[int(i)%len(benchQuestions)]}
			if _, err := e.Handle(ctx, m); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(n.Load())/time.Since(start).Seconds(), "turns/s")
}
