package bot_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
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

// cpuMeter reports the CPU time an operation costs, in this process and in the Redis server together
// ("cpu-µs/op"). On a machine shared with other work the time per operation says as much about the neighbours as
// about the operation; the CPU time less so, though it grows with the load too (caches and context switches are
// shared). A turn and Redis take turns, so on an idle machine the two figures are about equal.
type cpuMeter struct {
	b            *testing.B
	redis        *redis.Client // nil: no server to count
	self, server time.Duration
}

func startCPU(b *testing.B, srv *redistest.Server) *cpuMeter {
	m := &cpuMeter{b: b}
	if srv != nil {
		m.redis = redis.NewClient(&redis.Options{Addr: srv.Addr()})
		b.Cleanup(func() { m.redis.Close() })
		m.server = m.serverCPU()
	}
	m.self = processCPU()
	return m
}

// serverCPU is the CPU time the Redis server has used, from INFO cpu.
func (m *cpuMeter) serverCPU() time.Duration {
	info, err := m.redis.Info(context.Background(), "cpu").Result()
	if err != nil {
		m.b.Fatal(err)
	}
	var total time.Duration
	for line := range strings.SplitSeq(info, "\n") {
		k, v, _ := strings.Cut(strings.TrimSpace(line), ":")
		if k == "used_cpu_sys" || k == "used_cpu_user" {
			s, err := strconv.ParseFloat(v, 64)
			if err != nil {
				m.b.Fatal(err)
			}
			total += time.Duration(s * float64(time.Second))
		}
	}
	return total
}

func (m *cpuMeter) stop() {
	used := processCPU() - m.self
	if m.redis != nil {
		used += m.serverCPU() - m.server
	}
	if used > 0 {
		m.b.ReportMetric(float64(used.Microseconds())/float64(m.b.N), "cpu-µs/op")
	}
}

func benchTurns(b *testing.B, e *bot.Engine, srv *redistest.Server) {
	ctx := context.Background()
	i := 0
	cpu := startCPU(b, srv)
	defer cpu.stop()
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
	cpu := startCPU(b, nil)
	defer cpu.stop()
	for b.Loop() {
		if _, err := ix.Search(ctx, wegwijzer.Query{Text: benchQuestions[i%len(benchQuestions)], Top: bot.SearchTop}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// servedPrivacy is the privacy seam as serve sets it up: the catalogue's scrubber (which knows the names of
// places, offers and providers) and the demand log's keyed pseudonyms.
func servedPrivacy(b testing.TB) bot.Privacy {
	cat, _ := mustSearch(b)
	ps, err := demand.NewPseudonymizer([]byte("bench-pseudonym-key-of-32-bytes!"))
	if err != nil {
		b.Fatal(err)
	}
	return bot.Privacy{Person: ps.Person, Scrub: demand.Scrubber(cat).Text}
}

// BenchmarkTurnBolt is one turn (load, understand, search, save) on the embedded store, as served.
func BenchmarkTurnBolt(b *testing.B) {
	benchTurns(b, newEngine(b, mustBolt(b), bot.Options{Privacy: servedPrivacy(b)}), nil)
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
	srv, st := benchRedis(b)
	benchTurns(b, newEngine(b, st, bot.Options{Privacy: servedPrivacy(b)}), srv)
}

// BenchmarkTurnRedisStoreUnscrubbed is a turn on Redis whose store step does not scrub again what the dialogue
// already scrubbed: the dialogue's own share of a turn (understand, search, decide, compose, load, save).
func BenchmarkTurnRedisStoreUnscrubbed(b *testing.B) {
	srv, st := benchRedis(b)
	benchTurns(b, newEngine(b, st, bot.Options{Privacy: bot.Privacy{Scrub: func(s string) string { return s }}}), srv)
}

// BenchmarkRawGetSet is the floor: one go-redis GET and one SET of a conversation-sized value.
func BenchmarkRawGetSet(b *testing.B) {
	srv, _ := benchRedis(b)
	c := redis.NewClient(&redis.Options{Addr: srv.Addr()})
	defer c.Close()
	ctx := context.Background()
	value := make([]byte, 2048)
	cpu := startCPU(b, srv)
	defer cpu.stop()
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
