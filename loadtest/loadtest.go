// Package loadtest drives a running Wegwijzer through its chat API the way entrepreneurs do: many conversations at
// once, each a realistic dialogue (a broad question, a clarifying question answered with a button, an answer, a
// follow-up), and measures turns per second, latency percentiles and errors. Several replicas can be loaded at
// once (each conversation's turns go to them in turn, as through a load balancer without sticky sessions), and a
// floor run asks GET /healthz instead, to show what the HTTP stack alone costs on the same machine.
package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
)

// Options say what load to put on which server.
type Options struct {
	URL           string        // the server's base address, e.g. http://127.0.0.1:8080; several separated by commas
	Conversations int           // conversations running at the same time
	Turns         int           // turns per conversation (ignored when Duration is set)
	Duration      time.Duration // when set, each conversation keeps talking (new dialogues) until it has passed
	Path          string        // the path to send turns to; "" = /api/chat
	Client        *http.Client  // nil = a client with keep-alive connections for every conversation
	Floor         bool          // ask GET /healthz instead of chat turns: the floor of the server and this machine
}

// Result is what a run measured.
type Result struct {
	Conversations int            `json:"conversations"`
	Turns         int            `json:"turns"`  // turns answered with 200
	Errors        int            `json:"errors"` // turns answered otherwise, or not at all
	ErrorsBy      map[string]int `json:"errors_by,omitempty"`
	Seconds       float64        `json:"seconds"`
	TurnsPerSec   float64        `json:"turns_per_second"`
	P50ms         float64        `json:"p50_ms"`
	P99ms         float64        `json:"p99_ms"`
	Maxms         float64        `json:"max_ms"`
}

// reply is the part of a chat reply the dialogue script reads.
type reply struct {
	Conversation string `json:"conversation"`
	Kind         string `json:"kind"`
	Options      []struct {
		Value string `json:"value"`
	} `json:"options"`
	Offers []json.RawMessage `json:"offers"`
}

// Run puts the load on the server and returns the figures. It stops early when ctx ends.
func Run(ctx context.Context, o Options) (*Result, error) {
	if o.URL == "" || o.Conversations < 1 || (o.Turns < 1 && o.Duration <= 0) {
		return nil, errors.New("loadtest: want a URL, at least one conversation and turns or a duration")
	}
	if o.Path == "" {
		o.Path = "/api/chat"
		if o.Floor {
			o.Path = "/healthz"
		}
	}
	if o.Client == nil {
		o.Client = &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
			MaxIdleConns: o.Conversations, MaxIdleConnsPerHost: o.Conversations, IdleConnTimeout: time.Minute}}
	}
	var targets []string
	for _, u := range strings.Split(o.URL, ",") {
		if u = strings.TrimSpace(u); u != "" {
			targets = append(targets, strings.TrimRight(u, "/")+o.Path)
		}
	}
	if len(targets) == 0 {
		return nil, errors.New("loadtest: want a URL")
	}
	var deadline time.Time
	if o.Duration > 0 {
		deadline = time.Now().Add(o.Duration)
	}

	var (
		mu        sync.Mutex
		latencies []time.Duration
		res       = &Result{Conversations: o.Conversations, ErrorsBy: map[string]int{}}
	)
	record := func(d time.Duration, failure string) {
		mu.Lock()
		defer mu.Unlock()
		if failure != "" {
			res.Errors++
			res.ErrorsBy[failure]++
			return
		}
		res.Turns++
		latencies = append(latencies, d)
	}

	start := time.Now()
	var wg sync.WaitGroup
	for c := range o.Conversations {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := &script{client: o.Client, urls: targets, record: record, n: c}
			if o.Floor {
				s.floor(ctx, o.Turns, deadline)
				return
			}
			for ctx.Err() == nil {
				if o.Duration <= 0 {
					s.dialogue(ctx, o.Turns, time.Time{})
					return
				}
				if !s.dialogue(ctx, 4, deadline) {
					return
				}
			}
		}()
	}
	wg.Wait()
	res.Seconds = time.Since(start).Seconds()
	if res.Seconds > 0 {
		res.TurnsPerSec = float64(res.Turns) / res.Seconds
	}
	res.P50ms, res.P99ms, res.Maxms = percentiles(latencies)
	if len(res.ErrorsBy) == 0 {
		res.ErrorsBy = nil
	}
	return res, ctx.Err()
}

// script is one simulated entrepreneur.
type script struct {
	client *http.Client
	urls   []string // the replicas: turn t of conversation n goes to urls[(n+t)%len(urls)]
	record func(time.Duration, string)
	n      int
	sent   int // turns sent so far
}

// floor asks GET /healthz turns times, or until the deadline when it is set.
func (s *script) floor(ctx context.Context, turns int, deadline time.Time) {
	for t := 0; ctx.Err() == nil; t++ {
		if deadline.IsZero() && t >= turns || !deadline.IsZero() && time.Now().After(deadline) {
			return
		}
		s.do(ctx, http.MethodGet, nil, nil)
	}
}

// dialogue runs up to turns turns of one conversation: a question, then a button when the bot asks back, a
// follow-up after an answer. The first turn starts a conversation; the later ones continue it with the id the
// server gave (ids are the server's to issue). It reports false when the deadline has passed.
func (s *script) dialogue(ctx context.Context, turns int, deadline time.Time) bool {
	body := map[string]string{"text": questions[s.n%len(questions)]}
	id := ""
	followedUp := false
	for t := range turns {
		if !deadline.IsZero() && time.Now().After(deadline) {
			return false
		}
		r, ok := s.turn(ctx, body)
		if !ok || ctx.Err() != nil {
			return ctx.Err() == nil
		}
		if id == "" {
			id = r.Conversation
		}
		body = map[string]string{"conversation": id}
		switch {
		case r.Kind == "clarify" && len(r.Options) > 0:
			body["option"] = r.Options[0].Value
		case r.Kind == "answer" && !followedUp:
			body["text"] = followUps[(s.n+t)%len(followUps)]
			followedUp = true
		default:
			body["text"] = questions[(s.n+t+1)%len(questions)]
			followedUp = false
		}
	}
	return true
}

func (s *script) turn(ctx context.Context, body map[string]string) (*reply, bool) {
	data, _ := json.Marshal(body)
	var r reply
	if !s.do(ctx, http.MethodPost, data, &r) {
		return nil, false
	}
	return &r, true
}

// do sends one request to the next replica and records it; with into, the answer must be a chat reply.
func (s *script) do(ctx context.Context, method string, body []byte, into *reply) bool {
	url := s.urls[(s.n+s.sent)%len(s.urls)]
	s.sent++
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		s.record(0, "request")
		return false
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	begin := time.Now()
	resp, err := s.client.Do(req)
	if err != nil {
		if ctx.Err() == nil {
			s.record(0, "transport")
		}
		return false
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	took := time.Since(begin)
	if err != nil {
		s.record(0, "read")
		return false
	}
	if resp.StatusCode != http.StatusOK {
		s.record(0, fmt.Sprintf("http %d", resp.StatusCode))
		return false
	}
	if into != nil {
		if err := json.Unmarshal(raw, into); err != nil || into.Kind == "" {
			s.record(0, "bad reply")
			return false
		}
	}
	s.record(took, "")
	return true
}

// percentiles returns p50, p99 and the maximum in milliseconds (nearest rank).
func percentiles(ds []time.Duration) (p50, p99, maxMS float64) {
	if len(ds) == 0 {
		return 0, 0, 0
	}
	slices.Sort(ds)
	at := func(p float64) float64 {
		i := int(p*float64(len(ds))+0.5) - 1
		i = min(max(i, 0), len(ds)-1)
		return float64(ds[i].Microseconds()) / 1000
	}
	return at(0.50), at(0.99), float64(ds[len(ds)-1].Microseconds()) / 1000
}

// questions open the dialogues: broad ones the bot narrows and specific ones it answers, Dutch and English.
var questions = []string{
	"Ik wil mijn bedrijf verduurzamen",
	"subsidie voor een elektrische bestelbus",
	"Ik zoek personeel maar kan niemand vinden",
	"Hoe financier ik een nieuwe machine?",
	"Ik wil gaan exporteren naar Duitsland",
	"Wat moet ik regelen als ik mijn eerste werknemer aanneem?",
	"Ik wil mijn webshop beter beveiligen",
	"How can I make my business more sustainable?",
	"Ik heb een bakkerij en wil minder gas verbruiken",
	"Mijn omzet daalt en ik heb een belastingschuld",
	"Ik wil mijn bedrijf over vijf jaar verkopen",
	"We ontwikkelen een nieuw product, is daar subsidie voor?",
	"I want to start a business in the Netherlands",
	"Ik wil zonnepanelen op het dak van mijn loods",
	"Hoe kom ik aan een lening voor mijn start?",
	"Wat betekent de AI-verordening voor mijn bedrijf?",
}

// followUps are what entrepreneurs ask about an answer.
var followUps = []string{
	"Hoe vraag ik dat aan?",
	"Wat is het maximale bedrag?",
	"Kom ik daarvoor in aanmerking?",
	"Wie kan ik daarover bellen?",
	"How do I apply?",
	"Dank je wel!",
}
