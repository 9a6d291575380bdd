package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/eval"
)

// benchQuestions are the evaluation sets' questions: real questions as entrepreneurs write them.
func benchQuestions(b testing.TB) []string {
	var out []string
	for _, path := range []string{"../eval/public.yaml", "../eval/questions.yaml"} {
		qs, err := eval.Load(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			b.Fatal(err)
		}
		for _, q := range qs {
			out = append(out, q.Q)
		}
	}
	return out
}

// generated returns a catalogue of n offers made from the real ones: each a real offer with a new id and a
// summary and keywords mixed with those of another offer, so that the vocabulary and term statistics are
// realistic but no two documents are the same. Each has 20 example questions: its own and the other offer's,
// with their words shuffled (so no two are the same string), topped up with questions made of its summary's
// words when the real offers have fewer.
func generated(b testing.TB, n int) *content.Catalogue {
	cat := mustCatalogue(b)
	rng := rand.New(rand.NewPCG(1, 2))
	real := cat.Offers
	offers := make([]*wegwijzer.Offer, 0, n)
	for i := range n {
		o := *real[i%len(real)]
		other := real[rng.IntN(len(real))]
		o.ID = fmt.Sprintf("%s-g%d", o.ID, i)
		ws := append(strings.Fields(o.Summary), strings.Fields(other.Summary)...)
		rng.Shuffle(len(ws), func(i, j int) { ws[i], ws[j] = ws[j], ws[i] })
		o.Summary = strings.Join(ws[:len(ws)/2], " ")
		o.Keywords = append(slices.Clone(o.Keywords), other.Keywords...)
		o.Questions = nil
		for _, q := range append(slices.Clone(real[i%len(real)].Questions), other.Questions...) {
			if len(o.Questions) == 20 {
				break
			}
			qw := strings.Fields(q)
			rng.Shuffle(len(qw), func(i, j int) { qw[i], qw[j] = qw[j], qw[i] })
			o.Questions = append(o.Questions, strings.Join(qw, " "))
		}
		for len(o.Questions) < 20 {
			o.Questions = append(o.Questions, strings.Join(ws[rng.IntN(len(ws)/2):][:min(8, len(ws)/2)], " "))
		}
		offers = append(offers, &o)
	}
	return cat.WithOffers(offers)
}

// latency runs every question once per round and reports the median and 99th percentile.
func latency(b *testing.B, questions []string, search func(string)) {
	var ds []time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		q := questions[i%len(questions)]
		start := time.Now()
		search(q)
		ds = append(ds, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(ds)
	b.ReportMetric(float64(ds[len(ds)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(ds[len(ds)*99/100].Microseconds()), "p99-µs")
}

func benchSearch(b *testing.B, ix *Index) {
	qs := benchQuestions(b)
	ctx := context.Background()
	latency(b, qs, func(q string) {
		if _, err := ix.Search(ctx, wegwijzer.Query{Text: q, Top: 5}); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkSearchReal is one question on the real catalogue, with all of our analysis.
func BenchmarkSearchReal(b *testing.B) {
	benchSearch(b, mustIndex(b))
}

// BenchmarkPlainMatchReal is the floor: a plain Bleve match query on the same index and fields, without our
// analysis.
func BenchmarkPlainMatchReal(b *testing.B) {
	ix := mustIndex(b)
	qs := benchQuestions(b)
	ctx := context.Background()
	latency(b, qs, func(q string) {
		names, text := bleve.NewMatchQuery(q), bleve.NewMatchQuery(q)
		names.SetField("names")
		text.SetField("text")
		req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(names, text), 5, 0, false)
		if _, err := ix.bi.SearchInContext(ctx, req); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkSearch10k is one question on a generated catalogue of 10,000 offers.
func BenchmarkSearch10k(b *testing.B) {
	ix, err := New(generated(b, 10_000), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	benchSearch(b, ix)
}

// BenchmarkBuild10k builds the index of 10,000 offers and reports the heap it holds.
func BenchmarkBuild10k(b *testing.B) {
	cat := generated(b, 10_000)
	var heap uint64
	for b.Loop() {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		ix, err := New(cat, Options{})
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		heap = after.HeapAlloc - min(before.HeapAlloc, after.HeapAlloc)
		ix.Close()
	}
	b.ReportMetric(float64(heap)/(1<<20), "heap-MiB")
}

// BenchmarkBuildReal builds the index of the real catalogue (start-up cost of serve).
func BenchmarkBuildReal(b *testing.B) {
	cat := mustCatalogue(b)
	for b.Loop() {
		ix, err := New(cat, Options{})
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}
