package loadtest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// chatServer answers like /api/chat: a turn without a conversation starts one under an id the server issues
// (issued is shared by replicas) and gets a clarify with one option, a turn with an issued id an answer, and one
// with an id the server did not issue 400. It fails every failEvery-th turn with 503.
func chatServer(t *testing.T, failEvery int64, issued *sync.Map) (*httptest.Server, *atomic.Int64, *atomic.Int64) {
	var turns, options atomic.Int64
	if issued == nil {
		issued = &sync.Map{}
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body map[string]string
		if r.Method != http.MethodPost || r.URL.Path != "/api/chat" || r.Header.Get("Content-Type") != "application/json" ||
			json.NewDecoder(r.Body).Decode(&body) != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		conv := body["conversation"]
		if _, ok := issued.Load(conv); conv != "" && !ok {
			http.Error(w, "unknown conversation", http.StatusBadRequest)
			return
		}
		n := turns.Add(1)
		if failEvery > 0 && n%failEvery == 0 {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if body["option"] != "" {
			options.Add(1)
		}
		if conv != "" {
			fmt.Fprintf(w, `{"conversation":%q,"kind":"answer","text":"t","offers":[{"id":"eia"}],"options":[]}`, conv)
			return
		}
		conv = fmt.Sprintf("issued-%p-%d", issued, n)
		issued.Store(conv, true)
		fmt.Fprintf(w, `{"conversation":%q,"kind":"clarify","text":"t","offers":[],"options":[{"label":"a","value":"theme:verduurzaming"}]}`, conv)
	}))
	t.Cleanup(srv.Close)
	return srv, &turns, &options
}

func TestRunCountsTurnsAndFollowsTheDialogue(t *testing.T) {
	srv, turns, options := chatServer(t, 0, nil)
	res, err := Run(context.Background(), Options{URL: srv.URL, Conversations: 5, Turns: 4})
	if err != nil {
		t.Fatal(err)
	}
	if res.Turns != 20 || res.Errors != 0 || turns.Load() != 20 {
		t.Errorf("turns %d, errors %d, server saw %d; want 20, 0, 20", res.Turns, res.Errors, turns.Load())
	}
	// clarify -> option -> answer -> follow-up: every conversation pressed a button once.
	if options.Load() != 5 {
		t.Errorf("buttons pressed %d, want 5 (one per conversation)", options.Load())
	}
	if res.P50ms <= 0 || res.P99ms < res.P50ms || res.TurnsPerSec <= 0 {
		t.Errorf("figures %+v", res)
	}
}

func TestRunCountsErrorsByStatus(t *testing.T) {
	srv, _, _ := chatServer(t, 3, nil)
	res, err := Run(context.Background(), Options{URL: srv.URL, Conversations: 1, Turns: 9})
	if err != nil {
		t.Fatal(err)
	}
	if res.Errors == 0 || res.ErrorsBy["http 503"] != res.Errors {
		t.Errorf("errors %d by %v, want every error counted as http 503", res.Errors, res.ErrorsBy)
	}
}

func TestRunWithADurationStops(t *testing.T) {
	srv, _, _ := chatServer(t, 0, nil)
	res, err := Run(context.Background(), Options{URL: srv.URL, Conversations: 3, Duration: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if res.Turns == 0 || res.Seconds > 5 {
		t.Errorf("turns %d in %.1f s, want some turns and a stop after the duration", res.Turns, res.Seconds)
	}
}

func TestRunSpreadsTurnsOverReplicas(t *testing.T) {
	var issued sync.Map // the replicas share their ids, as replicas with the same key do
	a, turnsA, _ := chatServer(t, 0, &issued)
	b, turnsB, _ := chatServer(t, 0, &issued)
	res, err := Run(context.Background(), Options{URL: a.URL + ", " + b.URL + "/", Conversations: 3, Turns: 4})
	if err != nil {
		t.Fatal(err)
	}
	// Turn t of conversation c goes to replica (c+t)%2: every conversation talks to both, two turns each.
	if res.Turns != 12 || res.Errors != 0 || turnsA.Load() != 6 || turnsB.Load() != 6 {
		t.Errorf("turns %d, errors %d, replicas saw %d and %d; want 12, 0, 6 and 6", res.Turns, res.Errors, turnsA.Load(), turnsB.Load())
	}
}

func TestFloorAsksHealthz(t *testing.T) {
	var healthz, other atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet && r.URL.Path == "/healthz" {
			healthz.Add(1)
			w.Write([]byte("ok\n"))
			return
		}
		other.Add(1)
		http.NotFound(w, r)
	}))
	t.Cleanup(srv.Close)
	res, err := Run(context.Background(), Options{URL: srv.URL, Conversations: 4, Turns: 5, Floor: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Turns != 20 || res.Errors != 0 || healthz.Load() != 20 || other.Load() != 0 {
		t.Errorf("turns %d, errors %d, server saw %d /healthz and %d other; want 20, 0, 20, 0", res.Turns, res.Errors, healthz.Load(), other.Load())
	}
}

func TestRunRefusesNoWork(t *testing.T) {
	if _, err := Run(context.Background(), Options{URL: "http://x", Conversations: 0, Turns: 1}); err == nil {
		t.Error("Run with 0 conversations succeeded")
	}
	if _, err := Run(context.Background(), Options{URL: " , ", Conversations: 1, Turns: 1}); err == nil {
		t.Error("Run with no URL in the list succeeded")
	}
}

func TestPercentiles(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	p50, p99, mx := percentiles(ds)
	if p50 != 50 || p99 != 99 || mx != 100 {
		t.Errorf("percentiles = %v %v %v, want 50 99 100", p50, p99, mx)
	}
}
