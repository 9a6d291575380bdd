package redisstore_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
	"github.com/wegwijzer/wegwijzer/store/redisstore"
)

// BenchmarkSaveLoad is one dialogue turn's storage work: load the conversation, change it, save it (index update
// and compare-and-swap: two round trips).
func BenchmarkSaveLoad(b *testing.B) {
	srv := redistest.Start(b)
	s := redisstore.New(mustClient(b, srv), redisstore.Options{Prefix: uniquePrefix(0)})
	c := benchConversation()
	if err := s.Save(b.Context(), c, time.Hour); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		c, err := s.Load(b.Context(), "bench")
		if err != nil {
			b.Fatal(err)
		}
		c.Messages++
		if err := s.Save(b.Context(), c, time.Hour); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRawGetSet is the floor for BenchmarkSaveLoad: a plain GET and SET of the same bytes with go-redis.
func BenchmarkRawGetSet(b *testing.B) {
	srv := redistest.Start(b)
	client := mustClient(b, srv)
	key := uniquePrefix(0) + ":raw"
	data, err := json.Marshal(benchConversation())
	if err != nil {
		b.Fatal(err)
	}
	if err := client.Set(b.Context(), key, data, time.Hour).Err(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		got, err := client.Get(b.Context(), key).Bytes()
		if err != nil {
			b.Fatal(err)
		}
		if err := client.Set(b.Context(), key, got, time.Hour).Err(); err != nil {
			b.Fatal(err)
		}
	}
}

// benchConversation is a conversation of a typical size: a few slots, events and a last reply with offers.
func benchConversation() *wegwijzer.Conversation {
	c := &wegwijzer.Conversation{
		ID: "bench", User: "U0123456", Community: "zwolle", Platform: "slack", State: "answered",
		Slots:     map[string]string{"thema": "verduurzaming", "sector": "bouw", "regio": "zwolle"},
		Language:  "nl",
		LastReply: &wegwijzer.Reply{Conversation: "bench", Kind: wegwijzer.ReplyAnswer, Text: "Dit past bij je vraag:"},
	}
	for range 8 {
		c.EventIDs = append(c.EventIDs, "Ev0123456789")
	}
	for range 5 {
		c.LastReply.Offers = append(c.LastReply.Offers, wegwijzer.OfferRef{
			ID: "eia", Title: "Energie-investeringsaftrek", Provider: "RVO", URL: "https://www.rvo.nl/subsidies-financiering/eia",
		})
	}
	return c
}
