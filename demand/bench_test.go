package demand_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/demand/redislog"
	"github.com/wegwijzer/wegwijzer/demand/scrub"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
)

func BenchmarkScrubQuestion(b *testing.B) {
	text := "Hoi, ik heb een bakkerij in Zwolle (KvK 12345678) en wil een elektrische bestelbus kopen. Welke subsidie kan ik krijgen? Bel me op 06-12345678 of mail jan@bakkerij.nl"
	for b.Loop() {
		scrub.Text(text)
	}
}

func benchmarkRecord(b *testing.B, log wegwijzer.DemandLog) {
	r := mustRecorder(b, log, demand.Options{})
	ctx := context.Background()
	i := 0
	for b.Loop() {
		i++
		tr := turn(fmt.Sprint("U", i%500), fmt.Sprint("c", i), "subsidie elektrische bestelbus, bel 06-12345678", wegwijzer.ReplyAnswer)
		tr.Time = t0.Add(time.Duration(i) * time.Second)
		r.Record(ctx, tr)
	}
}

func BenchmarkRecordEmbedded(b *testing.B) { benchmarkRecord(b, mustBolt(b)) }

func BenchmarkRecordRedis(b *testing.B) {
	srv := redistest.Start(b)
	opt, _ := redis.ParseURL(srv.URL())
	rdb := redis.NewClient(opt)
	b.Cleanup(func() { rdb.Close() })
	benchmarkRecord(b, redislog.New(rdb, redislog.Options{TextRetention: demand.DefaultRetention}))
}

func BenchmarkExport10k(b *testing.B) {
	qs := randomQuestions(rand.New(rand.NewPCG(1, 2)), 10000, 2000, 8)
	by := []demand.Dimension{demand.DimWeek, demand.DimRegion, demand.DimTheme}
	for b.Loop() {
		demand.Export(qs, demand.ExportOptions{By: by})
	}
}

func BenchmarkReview10k(b *testing.B) {
	qs := randomQuestions(rand.New(rand.NewPCG(1, 2)), 10000, 2000, 1)
	for b.Loop() {
		demand.Review(qs, "community-0", nil, demand.ReviewOptions{})
	}
}
